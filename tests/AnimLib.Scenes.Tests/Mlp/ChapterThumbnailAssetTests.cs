using System.Runtime.CompilerServices;
using AnimLib.Core.Tests.Support;
using AnimLib.Encoding;
using AnimLib.Rendering;
using AnimLib.Scenes.Mlp;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Scenes.Tests.Mlp;

/// <summary>
/// The stand-in chapter thumbnails under src/AnimLib.Scenes/Assets are drawn by AnimLib here. Each test renders its
/// thumbnail and checks the committed PNG against it; set ANIMLIB_UPDATE_ASSETS=1 to (re)write the PNGs.
/// </summary>
public class ChapterThumbnailAssetTests
{
    private const int Width = 640, Height = 360;

    [Fact]
    public void Chapter5Thumbnail() => CheckAsset(LastTwoChapters.ThumbnailFiles[0], BuildChapter5);

    [Fact]
    public void Chapter6Thumbnail() => CheckAsset(LastTwoChapters.ThumbnailFiles[1], BuildChapter6);

    [Fact]
    public void AssetsAreCopiedNextToTheScenesAssembly()
    {
        foreach (var file in LastTwoChapters.ThumbnailFiles.Append(LastTwoChapters.SportsFactsFile))
            Assert.True(File.Exists(MlpAssets.GetPath(file)));
        var facts = File.ReadAllLines(MlpAssets.GetPath(LastTwoChapters.SportsFactsFile));
        Assert.Contains("Michael Jordan plays Basketball", facts);
        Assert.All(facts, f => Assert.Contains(" plays ", f));
    }

    /// <summary>Chapter 5: the transformer, drawn as a row of embedding columns under a title.</summary>
    private static void BuildChapter5(Scene s)
    {
        s.Add(new FullScreenRectangle(fillColor: Color.Parse("#101828")));
        var title = new Text("Transformers", 96).ToEdge(Up, buff: 0.6);
        var array = new EmbeddingArray(shape: (8, 7), random: new Random(5), height: 5.2).NextTo(title, Down, buff: 0.4);
        var caption = new Text("Chapter 5", 48).SetColor(GreyA).ToCorner(DR, buff: 0.4);
        s.Add(title, array, caption);
    }

    /// <summary>Chapter 6: attention, drawn as a grid of dots of random brightness under a title.</summary>
    private static void BuildChapter6(Scene s)
    {
        s.Add(new FullScreenRectangle(fillColor: Color.Parse("#1c1024")));
        var title = new Text("Attention", 96).SetColor(Yellow).ToEdge(Up, buff: 0.6);
        var random = new Random(6);
        var grid = new Dot(radius: 0.12).GetGrid(8, 8);
        grid.SetHeight(5.0).NextTo(title, Down, buff: 0.4);
        foreach (var dot in grid)
            dot.SetFill(Yellow, Math.Pow(random.NextDouble(), 2));
        var caption = new Text("Chapter 6", 48).SetColor(GreyA).ToCorner(DR, buff: 0.4);
        s.Add(title, grid, caption);
    }

    private static void CheckAsset(string fileName, Action<Scene> build, [CallerFilePath] string callerFile = "")
    {
        var scene = new ThumbnailScene(build);
        scene.Run(new SceneSettings(Width, Height, 15), new NullOutput());
        FrameBuffer frame = SceneRenderer.RenderSnapshot(scene.TakeSnapshot());
        var repoRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerFile)!, "..", "..", ".."));
        var assetPath = Path.Combine(repoRoot, "src", "AnimLib.Scenes", "Assets", fileName);
        if (Environment.GetEnvironmentVariable("ANIMLIB_UPDATE_ASSETS") == "1")
        {
            PngFile.Save(frame, assetPath);
            return;
        }
        Assert.True(File.Exists(assetPath), $"Missing {assetPath}; run with ANIMLIB_UPDATE_ASSETS=1 to draw it.");
        var comparison = ImageDiff.Compare(PngFile.Load(assetPath), frame, 3);
        Assert.True(comparison.CountOverTolerance <= Width * Height / 1000,
            $"{fileName} differs from its drawing in {comparison.CountOverTolerance} pixels; rerun with ANIMLIB_UPDATE_ASSETS=1 if the change is wanted.");
    }

    private sealed class ThumbnailScene(Action<Scene> body) : Scene
    {
        protected override void Construct()
        {
            body(this);
            Wait(1.0 / 15);
        }
    }
}
