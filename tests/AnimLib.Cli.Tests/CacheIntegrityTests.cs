using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary>
/// A damaged cached segment (cut short, emptied, bytes flipped, or written without a checksum record) is never joined
/// into a video: the re-render notices it, warns naming the animation, re-encodes it, and writes the same bytes as a fresh render.
/// </summary>
[Collection(EditableSceneCollection.Name)]
public sealed class CacheIntegrityTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-integrity-").FullName;

    public CacheIntegrityTests() => EditableScene.Variant = 0;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Media => Path.Combine(_dir, "media");

    private string CacheFolder => Path.Combine(Media, "videos", nameof(EditableScene), "90p10", "partial_movie_files");

    private (int Code, string Out, string Err) Render(string output) =>
        CliRunner.Render(new RenderRequest(nameof(EditableScene), Fps: "10", Output: output, MediaDir: Media) { Resolution = "160,90" });

    /// <summary>The cached segments, in a fixed order (hidden records and leases are not segments).</summary>
    private string[] Segments() => Directory.GetFiles(CacheFolder, "*.mp4").Where(f => !Path.GetFileName(f).StartsWith('.')).Order().ToArray();

    public static TheoryData<string> Damages => ["truncated", "empty", "flipped"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void ADamagedSegmentIsReencodedWithAWarning(string damage)
    {
        string fresh = Path.Combine(_dir, "fresh.mp4");
        var first = Render(fresh);
        Assert.True(first.Code == 0, first.Err);
        var segments = Segments();
        Assert.Equal(4, segments.Length);

        string victim = segments[1];
        byte[] bytes = File.ReadAllBytes(victim);
        switch (damage)
        {
            case "truncated":
                File.WriteAllBytes(victim, bytes[..(bytes.Length / 2)]);
                break;
            case "empty":
                File.WriteAllBytes(victim, []);
                break;
            default:
                for (int i = bytes.Length / 2; i < bytes.Length / 2 + 16; i++) bytes[i] ^= 0x5A;
                File.WriteAllBytes(victim, bytes);
                break;
        }

        string again = Path.Combine(_dir, "again.mp4");
        var second = Render(again);
        Assert.True(second.Code == 0, second.Err);
        Assert.Contains("Animations encoded: 1, reused from cache: 3", second.Out);
        var warning = Assert.Single(second.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("warning:", warning);
        Assert.Contains("animation ", warning);
        Assert.Contains(Path.GetFileName(victim), warning);
        Assert.Equal(20, VideoProbe.Of(again).Frames);
        Assert.Equal(File.ReadAllBytes(fresh), File.ReadAllBytes(again));
        // The re-encoded entry is whole again and trusted by the next render.
        Assert.Equal(bytes.Length, new FileInfo(victim).Length);
        var third = Render(again);
        Assert.Contains("Animations encoded: 0, reused from cache: 4", third.Out);
        Assert.Equal("", third.Err);
    }

    [Fact]
    public void AnEntryWithoutAChecksumRecordIsNotTrusted()
    {
        string fresh = Path.Combine(_dir, "fresh.mp4");
        Assert.Equal(0, Render(fresh).Code);
        // Entries cached by an AnimLib that kept no records, or by a render killed between writing a segment and its record.
        foreach (var record in Directory.GetFiles(CacheFolder, "*.json", SearchOption.AllDirectories)) File.Delete(record);

        string again = Path.Combine(_dir, "again.mp4");
        var second = Render(again);
        Assert.True(second.Code == 0, second.Err);
        Assert.Contains("Animations encoded: 4, reused from cache: 0", second.Out);
        Assert.Equal(4, second.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("warning:", StringComparison.Ordinal)));
        Assert.Equal(File.ReadAllBytes(fresh), File.ReadAllBytes(again));
        Assert.Contains("Animations encoded: 0, reused from cache: 4", Render(again).Out);
    }
}
