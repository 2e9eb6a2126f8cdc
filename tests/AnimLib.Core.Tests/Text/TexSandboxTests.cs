namespace AnimLib.Core.Tests.Text;

/// <summary>
/// latex may read only its own working folder and TeX's tree, and write only in its working folder. Each test compiles
/// into its own cache folder, so an earlier run's cache cannot answer for it.
/// </summary>
public sealed class TexSandboxTests : IDisposable
{
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "animlib-tex-sandbox-cache-" + Guid.NewGuid().ToString("N"));
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "animlib-tex-sandbox-outside-" + Guid.NewGuid().ToString("N"));

    public TexSandboxTests() => Directory.CreateDirectory(_outside);

    public void Dispose()
    {
        foreach (var dir in new[] { _cache, _outside })
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }

    private string Compile(string body) => TexCompiler.CompileToSvg(TexCompiler.BuildDocument(body), body, _cache);

    private static string TexPath(string path) => path.Replace('\\', '/');

    [Fact]
    public void AnAbsolutePathOutsideTheWorkingFolderIsRefused()
    {
        // A file that typesets fine when reading is unrestricted: the refusal, not the content, must stop it.
        string secret = Path.Combine(_outside, "secret.tex");
        File.WriteAllText(secret, "Secretword");
        string body = $@"\input{{{TexPath(secret)}}}";

        var ex = Assert.Throws<TexCompilationException>(() => Compile(body));

        Assert.Equal(body, ex.TexSource);
        Assert.Contains(body, ex.Message);
        Assert.Contains("outside", ex.Message);
        Assert.Contains("openin_any = p", ex.Message);
        Assert.Contains("secret", ex.LogExcerpt);
        Assert.False(Directory.Exists(_cache) && Directory.EnumerateFileSystemEntries(_cache).Any(), "a refused compile left a cache entry");
    }

    [Fact]
    public void TheSystemHostnameFileIsRefused()
    {
        const string hostname = "/etc/hostname";
        if (!File.Exists(hostname)) return; // Only systems with that file can show the reported case.
        string body = @"\input{/etc/hostname}";

        var ex = Assert.Throws<TexCompilationException>(() => Compile(body));

        Assert.Contains(body, ex.Message);
        Assert.Contains("Not reading from /etc/hostname (openin_any = p)", ex.LogExcerpt);
    }

    [Fact]
    public void APathThroughTheParentFolderIsRefused()
    {
        // latex runs in a fresh folder under the temp folder, so "../name" is a file directly in the temp folder.
        string name = "animlib-tex-parent-" + Guid.NewGuid().ToString("N");
        string parentFile = Path.Combine(Path.GetTempPath(), name + ".tex");
        File.WriteAllText(parentFile, "Parentword");
        try
        {
            string body = $@"\input{{../{name}}}";

            var ex = Assert.Throws<TexCompilationException>(() => Compile(body));

            Assert.Contains(body, ex.Message);
            Assert.Contains("outside", ex.Message);
            Assert.Contains($"../{name}", ex.LogExcerpt);
        }
        finally
        {
            File.Delete(parentFile);
        }
    }

    [Fact]
    public void WritingOutsideTheWorkingFolderIsRefused()
    {
        string target = Path.Combine(_outside, "written.txt");
        string body = $@"\immediate\openout1={TexPath(target)}\immediate\write1{{x}}\immediate\closeout1 x";

        var ex = Assert.Throws<TexCompilationException>(() => Compile(body));

        Assert.Contains("openout_any = p", ex.LogExcerpt);
        Assert.False(File.Exists(target), "latex wrote outside its working folder");
    }

    [Fact]
    public void PackagesAndFontsFromTheTexTreeStillLoad()
    {
        // The preamble loads amsmath, amssymb, bm and mathrsfs from TeX's tree; \mathscr needs the rsfs fonts.
        string svg = Compile(@"$\mathscr{L} = \bm{x}^\top \mathbb{R}$ " + Guid.NewGuid().ToString("N")[..6]);
        Assert.Contains("<path", svg);
        Assert.Single(Directory.GetFiles(_cache, "*.svg"));
    }

    [Fact]
    public void DvisvgmSpecialsNeitherReachFilesNorPasteSvg()
    {
        string secret = Path.Combine(_outside, "picture.png");
        File.WriteAllBytes(secret, [0x89, 0x50, 0x4E, 0x47]);
        string body = $@"\special{{dvisvgm:img 10pt 10pt {TexPath(secret)}}}\special{{dvisvgm:raw <path d='M0 0L90 0L90 90Z'/>}}x";

        string svg = Compile(body);

        Assert.DoesNotContain("<image", svg);
        Assert.DoesNotContain("picture.png", svg);
        Assert.DoesNotContain("M0 0L90 0L90 90Z", svg);
        Assert.Contains("<path", svg); // the x is still there
    }
}

public class TexProcessEnvironmentTests
{
    [Fact]
    public void ConfinementOverridesWhateverTheCallerSet()
    {
        // kpathsea prefers openin_any_latex (and openin_any.latex) to openin_any, and paranoid mode still lets
        // absolute paths reach TEXMFOUTPUT: none of them may loosen the rules.
        var environment = new Dictionary<string, string?>
        {
            ["openin_any"] = "a",
            ["openin_any_latex"] = "a",
            ["openin_any.latex"] = "a",
            ["openout_any_dvisvgm"] = "a",
            ["TEXMFOUTPUT"] = "/",
            ["TEXINPUTS"] = ".:",
        };

        TexProcess.Confine(environment);

        Assert.Equal("p", environment["openin_any"]);
        Assert.Equal("p", environment["openout_any"]);
        Assert.Equal(["TEXINPUTS", "openin_any", "openout_any"], environment.Keys.Order(StringComparer.Ordinal));
    }
}
