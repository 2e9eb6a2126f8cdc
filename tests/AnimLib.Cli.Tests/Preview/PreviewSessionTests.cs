using AnimLib.Cli.Preview;
using AnimLib.Cli.Tests.Support;
using SkiaSharp;

namespace AnimLib.Cli.Tests.Preview;

/// <summary>The live loop without the page: recompiling, error reporting, unloading and the partial-movie cache.</summary>
public sealed class PreviewSessionTests
{
    private static SKColor CentreOfStill(PreviewSession session, double t)
    {
        string url = session.RenderStill(t) ?? throw new InvalidOperationException("no scene loaded");
        string path = session.FileFor(url["/media/".Length..])!;
        using var bitmap = SKBitmap.Decode(path);
        return bitmap.GetPixel(bitmap.Width / 2, bitmap.Height / 2);
    }

    [Fact]
    public void An_edit_is_recompiled_and_changes_what_is_rendered()
    {
        using var project = new PreviewProject(PreviewScenes.Three("Blue"));
        var (session, _) = project.Session();
        using var _session = session;
        var first = session.Rebuild();
        Assert.Null(first.Error);
        Assert.Equal("ThreeShapes", first.Scene);
        Assert.Equal(4, first.Animations.Count);
        var blue = CentreOfStill(session, 0.99);
        Assert.True(blue.Blue > 150 && blue.Red < 120, $"expected blue, got {blue}");

        project.Write(PreviewScenes.Three("Yellow"));
        var second = session.Rebuild();
        Assert.Null(second.Error);
        Assert.NotEqual(first.Video, second.Video);
        var yellow = CentreOfStill(session, 0.99);
        Assert.True(yellow.Red > 150 && yellow.Green > 150 && yellow.Blue < 150, $"expected yellow, got {yellow}");
    }

    [Fact]
    public void A_compile_error_names_file_and_line_and_the_last_good_video_stays()
    {
        using var project = new PreviewProject(PreviewScenes.Three());
        var (session, _) = project.Session();
        using var _session = session;
        var good = session.Rebuild();
        Assert.Null(good.Error);

        // Line 15 loses its semicolon.
        project.Write(PreviewScenes.Three().Replace("Remove(b);", "Remove(b)", StringComparison.Ordinal));
        var broken = session.Rebuild();
        Assert.NotNull(broken.Error);
        Assert.Equal("compile", broken.Error!.Kind);
        var error = Assert.Single(broken.Error.Compile);
        Assert.Equal("Scenes.cs", error.File);
        Assert.Equal(15, error.Line);
        Assert.Equal("CS1002", error.Id);
        Assert.Equal(good.Video, broken.Video);
        Assert.Equal(good.Animations, broken.Animations);
        Assert.True(File.Exists(session.FileFor(good.Video!["/media/".Length..])), "the last good video is still served");

        project.Write(PreviewScenes.Three());
        Assert.Null(session.Rebuild().Error);
    }

    [Fact]
    public void An_exception_in_Construct_names_the_animation_and_the_line()
    {
        using var project = new PreviewProject(PreviewScenes.Three());
        var (session, _) = project.Session();
        using var _session = session;
        var good = session.Rebuild();
        project.Write(PreviewScenes.Throwing);
        var failed = session.Rebuild();
        Assert.Equal("scene", failed.Error?.Kind);
        Assert.Contains("the scene broke on purpose", failed.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(2, failed.Error.Animation);
        Assert.Equal("Scenes.cs:line 12", failed.Error.Location);
        Assert.Equal(good.Video, failed.Video);
    }

    [Fact]
    public void Only_the_changed_animation_is_encoded_again()
    {
        using var project = new PreviewProject(PreviewScenes.Three("Blue"));
        var (session, _) = project.Session();
        using var _session = session;
        var first = session.Rebuild();
        Assert.Equal(4, first.Stats!.Encoded + first.Stats.FromCache);

        project.Write(PreviewScenes.Three("Purple"));
        var edited = session.Rebuild();
        Assert.Equal(1, edited.Stats!.Encoded);
        Assert.Equal(3, edited.Stats.FromCache);
        Assert.Equal(1, edited.FirstChanged);
        Assert.Equal([false, true, false, false], edited.Animations.Select(a => a.Encoded));
        Assert.Equal(["autocreated", "second"], edited.Sections.Select(s => s.Name));
        Assert.Equal(2, edited.Sections[1].FirstAnimation);
    }

    [Fact]
    public void Twenty_reloads_leave_no_load_context_behind()
    {
        using var project = new PreviewProject(PreviewScenes.Three());
        var (session, _) = project.Session(64, 36, 5);
        using var _session = session;
        var contexts = new List<WeakReference>();
        long before = 0;
        for (int i = 0; i < 20; i++)
        {
            project.Write(PreviewScenes.Three(extra: $"\n        Wait(0.{i % 3 + 1});"));
            Assert.Null(session.Rebuild().Error);
            contexts.Add(session.CurrentContext!);
            if (i == 4) before = Collect();
        }
        long after = Collect();
        int alive = contexts.Count(c => c.IsAlive);
        Assert.True(alive <= 1, $"{alive} of 20 load contexts are still alive");
        Assert.True(contexts[^1].IsAlive, "the current generation is loaded");
        // Fifteen more generations must not have grown the heap by more than a few MiB.
        Assert.True(after - before < 16L << 20, $"the managed heap grew by {(after - before) >> 20} MiB over 15 reloads");
    }

    private static long Collect()
    {
        for (int i = 0; i < 10; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
