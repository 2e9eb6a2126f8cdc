namespace AnimLib.Bench;

/// <summary>
/// Manim Community Edition 0.21's figures for the same scenes on the same kind of machine (whole process, median of 3),
/// from <c>shared/bench/peer-figures.md</c>.
/// </summary>
internal static class PeerFigures
{
    /// <summary>One scene at one quality: frames, whole-process wall seconds, frames per second.</summary>
    public sealed record Figure(int Frames, double WallSeconds, double Fps);

    private static readonly Dictionary<(string Scene, string Quality), Figure> Figures = new()
    {
        [("TransformBench", "480p15")] = new(60, 2.09, 28.7),
        [("TransformBench", "1080p60")] = new(240, 14.9, 16.1),
        [("MatrixBench", "480p15")] = new(90, 45.2, 2.0),
        [("MatrixBench", "1080p60")] = new(360, 157, 2.3),
        [("TextBench", "480p15")] = new(60, 3.03, 19.8),
        [("TextBench", "1080p60")] = new(240, 13.5, 17.8),
        [("TexBench", "480p15")] = new(45, 2.26, 19.9),
        [("TexBench", "1080p60")] = new(180, 9.11, 19.8),
        [("ManyDotsBench", "480p15")] = new(75, 10.55, 7.1),
        [("ManyDotsBench", "1080p60")] = new(300, 36.3, 8.3),
    };

    /// <summary>Manim CE's figure for a scene and quality, if measured.</summary>
    public static Figure? Find(string scene, string quality) => Figures.GetValueOrDefault((scene, quality));
}
