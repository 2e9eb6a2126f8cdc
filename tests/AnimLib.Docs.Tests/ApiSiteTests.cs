using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace AnimLib.Docs.Tests;

/// <summary>Builds the documentation site once (scripts/docs, docfx) for every test of <see cref="ApiSiteTests"/>.</summary>
public sealed class DocsSite
{
    public string Folder { get; } = Path.Combine(RepoPaths.Root, "artifacts", "site");

    public DocsSite()
    {
        // The test's own build has compiled AnimLib.Core; in Release that is the assembly docfx reads, so it is reused.
        var args = DotnetCli.Configuration == "Release" ? "--no-build" : "";
        var psi = new ProcessStartInfo("bash", $"scripts/docs {args}")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The test host's MSBuild variables would otherwise leak into the build and into docfx.
        foreach (var key in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" }) psi.Environment.Remove(key);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"scripts/docs failed ({p.ExitCode}):\n{stdout}\n{stderr.Result}");
    }
}

/// <summary>
/// The documentation site: every public type of the library has its reference page, and no page links to a file or
/// an anchor that the site does not have (scripts/docs already fails on docfx's own link warnings; this reads the
/// HTML that is actually shipped, navigation and template included).
/// </summary>
public sealed class ApiSiteTests(DocsSite site) : IClassFixture<DocsSite>
{
    [Fact]
    public void EveryPublicTypeOfTheLibraryHasAPage()
    {
        // docfx names a page after the type's UID: nested types joined with '.', generic arity as "-N".
        // Types the compiler makes for C# 14 extension blocks (named <G>$..., <M>$...) are not types a reader looks up;
        // their members are documented on the enclosing class.
        var missing = typeof(Scene).Assembly.GetExportedTypes()
            .Where(t => !t.FullName!.Contains('<'))
            .Select(t => "api/" + t.FullName!.Replace('+', '.').Replace('`', '-') + ".html")
            .Where(page => !File.Exists(Path.Combine(site.Folder, page)))
            .ToList();
        Assert.True(missing.Count == 0, "public types without a page: " + string.Join(", ", missing));
    }

    [Fact]
    public void TheHomePageTheGuidesAndTheGalleryArePartOfTheSite()
    {
        Assert.True(File.Exists(Path.Combine(site.Folder, "index.html")));
        // A guide missing from docs/toc.yml is built but reachable from no menu.
        string toc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "toc.yml"));
        foreach (var guide in Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md"))
        {
            Assert.True(File.Exists(Path.Combine(site.Folder, "docs", Path.GetFileNameWithoutExtension(guide) + ".html")), $"{guide} has no page");
            Assert.True(toc.Contains("href: " + Path.GetFileName(guide), StringComparison.Ordinal), $"docs/toc.yml does not list {Path.GetFileName(guide)}");
        }
        var gallery = Path.Combine(RepoPaths.Root, "docs", "gallery");
        foreach (var media in Directory.GetFiles(gallery))
            Assert.True(File.Exists(Path.Combine(site.Folder, "docs", "gallery", Path.GetFileName(media))), $"{media} is not on the site");
    }

    private static readonly Regex Link = new("""\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')""", RegexOptions.IgnoreCase | RegexOptions.Compiled);
    private static readonly Regex Anchor = new("""\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')""", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    [Fact]
    public void NoInternalLinkIsBroken()
    {
        var pages = Directory.GetFiles(site.Folder, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 100, $"only {pages.Length} pages in {site.Folder}");
        var anchors = new Dictionary<string, HashSet<string>>();
        HashSet<string> AnchorsOf(string file)
        {
            if (!anchors.TryGetValue(file, out var set))
            {
                set = Anchor.Matches(File.ReadAllText(file)).Select(m => WebUtility.HtmlDecode(Value(m))).ToHashSet();
                anchors[file] = set;
            }
            return set;
        }

        var broken = new List<string>();
        foreach (var page in pages)
        {
            foreach (Match m in Link.Matches(File.ReadAllText(page)))
            {
                string link = WebUtility.HtmlDecode(Value(m)).Trim();
                if (link.Length == 0 || Regex.IsMatch(link, "^[a-zA-Z][a-zA-Z0-9+.-]*:") || link.StartsWith("//", StringComparison.Ordinal))
                    continue; // http(s), mailto, data, javascript: not the site's own files
                int hash = link.IndexOf('#');
                string path = hash < 0 ? link : link[..hash];
                string fragment = hash < 0 ? "" : Uri.UnescapeDataString(link[(hash + 1)..]);
                int query = path.IndexOf('?');
                if (query >= 0) path = path[..query];
                path = Uri.UnescapeDataString(path);
                string target = path.Length == 0 ? page
                    : Path.GetFullPath(Path.Combine(path.StartsWith('/') ? site.Folder : Path.GetDirectoryName(page)!, path.TrimStart('/')));
                if (Directory.Exists(target)) target = Path.Combine(target, "index.html");
                string from = Path.GetRelativePath(site.Folder, page);
                if (!target.StartsWith(site.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(target))
                    broken.Add($"{from}: {link} (no such file)");
                else if (fragment.Length > 0 && target.EndsWith(".html", StringComparison.Ordinal) && !AnchorsOf(target).Contains(fragment))
                    broken.Add($"{from}: {link} (no such anchor)");
            }
        }
        Assert.True(broken.Count == 0, $"{broken.Count} broken links:\n" + string.Join('\n', broken.Distinct().Take(50)));
    }

    private static string Value(Match m) => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
}
