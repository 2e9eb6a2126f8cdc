namespace AnimLib.Cli;

/// <summary>A render quality preset: resolution and frame rate (Manim CE's table).</summary>
/// <param name="Name">Canonical name, e.g. <c>480p</c>.</param>
/// <param name="Letter">Manim's one-letter flag (l, m, h, p, k).</param>
/// <param name="Width">Pixel width.</param>
/// <param name="Height">Pixel height.</param>
/// <param name="Fps">Frames per second.</param>
public sealed record Quality(string Name, char Letter, int Width, int Height, int Fps)
{
    /// <summary>The preset's frame size.</summary>
    public FrameSize Size => new(Width, Height);

    /// <summary>All presets, lowest first.</summary>
    public static readonly IReadOnlyList<Quality> All =
    [
        new("480p", 'l', 854, 480, 15),
        new("720p", 'm', 1280, 720, 30),
        new("1080p", 'h', 1920, 1080, 60),
        new("1440p", 'p', 2560, 1440, 60),
        new("2160p", 'k', 3840, 2160, 60),
    ];

    /// <summary>Accepts <c>480p</c>, <c>l</c>, <c>low</c>, <c>medium</c>, <c>high</c>, <c>4k</c>, ... (case-insensitive).</summary>
    public static bool TryParse(string? text, out Quality quality)
    {
        quality = All[2];
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim().ToLowerInvariant();
        string? alias = t switch
        {
            "low" or "low_quality" => "480p",
            "medium" or "medium_quality" => "720p",
            "high" or "high_quality" or "hd" => "1080p",
            "production" or "production_quality" or "2k" => "1440p",
            "fourk" or "fourk_quality" or "4k" or "uhd" => "2160p",
            _ => null,
        };
        foreach (var q in All)
        {
            if (q.Name == (alias ?? t) || (t.Length == 1 && q.Letter == t[0]))
            {
                quality = q;
                return true;
            }
        }
        return false;
    }

    /// <summary>Folder name used under media/videos/&lt;Scene&gt;/, e.g. <c>480p15</c>.</summary>
    public static string FolderName(int height, double fps) =>
        $"{height}p{fps.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}";
}
