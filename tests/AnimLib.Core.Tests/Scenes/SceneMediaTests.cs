using AnimLib.Core.Tests.Support;
using AnimLib.Display;
using AnimLib.Pipeline;
using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Core.Tests.Scenes;

/// <summary>Sections, sounds and subcaptions recorded by a scene; outputs that skip frames.</summary>
public class SceneMediaTests
{
    [Fact]
    public void SceneWithoutSectionsHasOneAutocreatedSection()
    {
        var scene = new LambdaScene(s => s.Play(FadeIn(TestShapes.Box(1, 1))));
        scene.Run(new SceneSettings(160, 90, 10), new NullOutput());
        var section = Assert.Single(scene.Sections);
        Assert.Equal(("autocreated", 0, 0.0), (section.Name, section.FirstSegment, section.StartTime));
    }

    [Fact]
    public void NextSectionRecordsWhereEachSectionStarts()
    {
        var scene = new LambdaScene(s =>
        {
            s.NextSection("first");
            s.Play(FadeIn(TestShapes.Box(1, 1)));
            s.Wait(0.5);
            s.NextSection("ignored, nothing played");
            s.NextSection("second", skipAnimations: true);
            s.Wait(1);
        });
        scene.Run(new SceneSettings(160, 90, 10), new NullOutput());
        Assert.Equal(["first", "second"], scene.Sections.Select(x => x.Name));
        Assert.Equal(2, scene.Sections[1].FirstSegment);
        Assert.Equal(1.5, scene.Sections[1].StartTime, 9);
        Assert.True(scene.Sections[1].SkipAnimations);
    }

    [Fact]
    public void SubcaptionsComeFromPlayAndAddSubcaption()
    {
        var scene = new LambdaScene(s =>
        {
            s.Wait(1);
            s.Play(FadeIn(TestShapes.Box(1, 1)), runTime: 2, subcaption: "fading in");
            s.AddSubcaption("later", duration: 0.5, offset: 1);
        });
        scene.Run(new SceneSettings(160, 90, 10), new NullOutput());
        Assert.Equal([new Subcaption("fading in", 1, 3), new Subcaption("later", 4, 4.5)],
            scene.Subcaptions.Select(c => c with { Start = Math.Round(c.Start, 9), End = Math.Round(c.End, 9) }));
        Assert.Equal("1\n00:00:01,000 --> 00:00:03,000\nfading in\n\n2\n00:00:04,000 --> 00:00:04,500\nlater\n\n",
            SubtitleWriter.ToSrt(scene.Subcaptions));
    }

    [Fact]
    public void AddSoundNeedsAnExistingFile()
    {
        var scene = new LambdaScene(s => s.AddSound("/no/such/sound.wav"));
        var e = Assert.Throws<FileNotFoundException>(() => scene.Run(new SceneSettings(160, 90, 10), new NullOutput()));
        Assert.Contains("/no/such/sound.wav", e.Message);
    }

    [Fact]
    public void SoundStartsAtSceneTimePlusOffset()
    {
        string file = Path.GetTempFileName();
        try
        {
            var scene = new LambdaScene(s =>
            {
                s.Wait(2);
                s.AddSound(file, timeOffset: -0.5, gain: -3);
            });
            scene.Run(new SceneSettings(160, 90, 10), new NullOutput());
            var sound = Assert.Single(scene.Sounds);
            Assert.Equal((1.5, -3.0), (Math.Round(sound.StartTime, 9), sound.Gain));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void SegmentFilterSkipsBuildingFramesButNotTheLogic()
    {
        var dry = new DryRunOutput();
        var box = TestShapes.Box(1, 1);
        var scene = new LambdaScene(s =>
        {
            s.Play(box.Animate().Shift(Right));
            s.Wait(0.5);
        });
        scene.Run(new SceneSettings(160, 90, 10), dry);
        Assert.Equal((2, 15), (dry.SegmentCount, dry.FrameCount));
        Assert.Equal(1.0, box.GetCenter().X, 5);
    }

    [Fact]
    public void FrameAtCapturesFrameFloorOfTimeTimesFps()
    {
        var capture = new FrameAtOutput(1.5, 10);
        var scene = new LambdaScene(s =>
        {
            var box = TestShapes.Box(1, 1);
            s.Play(box.Animate().Shift(Right), rateFunc: RateFunctions.Linear);
            s.Play(box.Animate().Shift(Right), rateFunc: RateFunctions.Linear);
        });
        try
        {
            scene.Run(new SceneSettings(160, 90, 10), capture);
        }
        catch (Exception e) when (e.GetType().Name == "RenderStoppedException")
        {
        }
        Assert.Equal(15, capture.TargetFrame);
        // Frame 15 is the 6th frame of the second play: t = 0.6 of its second, so the box is 1.6 units right.
        var snapshot = Assert.IsType<FrameSnapshot>(capture.Captured);
        float[] pts = Assert.IsType<VectorItem>(snapshot.Items[0]).Points;
        double centreX = (pts.Where((_, i) => i % 2 == 0).Min() + pts.Where((_, i) => i % 2 == 0).Max()) / 2;
        Assert.Equal(80 + 1.6 * 90 / 8.0, centreX, 1);
    }
}
