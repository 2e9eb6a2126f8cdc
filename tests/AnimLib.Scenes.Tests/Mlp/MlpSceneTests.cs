using AnimLib.Core.Tests.Support;
using AnimLib.Scenes.Mlp;

namespace AnimLib.Scenes.Tests.Mlp;

/// <summary>
/// Each chapter scene runs to its end at 427×240, 6 fps: it must produce frames, its total time must agree with the
/// seed's plays and waits where a row pins that total, and its last frame must match a reference image. References keep
/// the folder and file names of the per-scene tests these rows replaced, so none had to be drawn again. Scenes that are
/// empty in the seed (<c>pass</c>) must stay empty: no frame, no time, and a last frame of plain background.
/// </summary>
public class MlpSceneTests
{
    /// <summary>How a row checks the scene's total time against the seed's.</summary>
    public enum SeedTime
    {
        /// <summary>Not checked here: no total is pinned, or the scene's own tests check its timeline exactly.</summary>
        Unchecked,

        /// <summary>At least the seed's total and at most one frame (1/6 s) more per segment, as each segment rounds up to whole frames.</summary>
        RoundedUpToFrames,

        /// <summary>Within the row's tolerance of the seed's total either way.</summary>
        WithinTolerance,

        /// <summary>The seed's scene is empty: no frame, a total of 0 s, and a last frame that is all background (no reference image).</summary>
        Empty,
    }

    /// <summary>Rows: scene, the seed's total in seconds, how it is checked, tolerance (s), reference as folder/file.</summary>
    public static TheoryData<Type, double, SeedTime, double, string> Scenes => new()
    {
        { typeof(AlmostOrthogonal), 0, SeedTime.Empty, 0, "" },
        { typeof(AltLastTwoChapters), 6, SeedTime.RoundedUpToFrames, 0, "AltLastTwoChaptersTests/LastFrame" },
        { typeof(BasicMLPWalkThrough), 0, SeedTime.Unchecked, 0, "BasicMLPWalkThroughTests/LastFrameMatchesReference" },
        { typeof(BreakDownThreeSteps), 0, SeedTime.Unchecked, 0, "BreakDownThreeStepsTests/LastFrameMatchesReference" },
        { typeof(ClassicNeuralNetworksPicture), 0, SeedTime.Empty, 0, "" },
        { typeof(LastTwoChapters), 24.2, SeedTime.RoundedUpToFrames, 0, "LastTwoChaptersTests/LastFrame" },
        { typeof(MLPFeatures), 0, SeedTime.Unchecked, 0, "MLPFeaturesTests/LastFrame" },
        { typeof(MLPIcon), 10, SeedTime.RoundedUpToFrames, 0, "MLPIconTests/LastFrame" },
        { typeof(MLPStepsPreview), 0, SeedTime.Unchecked, 0, "MLPStepsPreviewTests/LastFrame" },
        { typeof(MatricesVsIntuition), 1, SeedTime.RoundedUpToFrames, 0, "MatricesVsIntuitionTests/LastFrame" },
        { typeof(NonlinearityOfLanguage), 0, SeedTime.Unchecked, 0, "NonlinearityOfLanguageTests/LastFrame" },
        { typeof(ShowAngleRange), 13, SeedTime.WithinTolerance, 0.35, "ShowAngleRangeTests/LastFrame" },
        { typeof(ShowBiasBakedIntoWeightMatrix), 7, SeedTime.RoundedUpToFrames, 0, "ShowBiasBakedIntoWeightMatrixTests/LastFrame" },
        { typeof(StackOfVectors), 10.85, SeedTime.WithinTolerance, 0.35, "StackOfVectorsTests/LastFrame" },
        { typeof(Superposition), 77, SeedTime.WithinTolerance, 0.35, "SuperpositionTests/LastFrame" },
        { typeof(SuperpositionVectorBundle), 59.5, SeedTime.WithinTolerance, 0.35, "SuperpositionVectorBundleTests/LastFrame" },
    };

    [Theory]
    [MemberData(nameof(Scenes))]
    public void LastFrameMatchesReference(Type scene, double seedSeconds, SeedTime time, double tolerance, string reference)
    {
        var instance = (Scene)Activator.CreateInstance(scene)!;
        var output = new NullOutput();
        instance.Run(new SceneSettings(427, 240, 6), output);
        if (time == SeedTime.Empty)
        {
            Assert.Equal((0, 0, 0.0), (output.FrameCount, output.SegmentCount, instance.Time));
            var frame = SceneRenderer.RenderSnapshot(instance.TakeSnapshot());
            var background = frame.GetPixel(0, 0);
            Assert.Equal(((byte)0, (byte)0, (byte)0, (byte)255), background);
            for (int y = 0; y < frame.Height; y++)
                for (int x = 0; x < frame.Width; x++)
                    Assert.True(frame.GetPixel(x, y) == background, $"pixel ({x},{y}) is not background: the scene draws something");
            return;
        }
        Assert.True(output.FrameCount > 0);
        switch (time)
        {
            case SeedTime.RoundedUpToFrames:
                Assert.InRange(instance.Time, seedSeconds - 1e-9, seedSeconds + output.SegmentCount / 6.0);
                break;
            case SeedTime.WithinTolerance:
                Assert.Equal(seedSeconds, instance.Time, tolerance);
                break;
        }
        var folderAndFile = reference.Split('/');
        ReferenceImages.AssertMatches(SceneRenderer.RenderSnapshot(instance.TakeSnapshot()), folderAndFile[0], folderAndFile[1]);
    }
}
