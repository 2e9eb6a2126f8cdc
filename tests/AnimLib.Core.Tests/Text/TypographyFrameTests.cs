using AnimLib.Core.Tests.Support;
using AnimLib.Output;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Core.Tests.Text;

/// <summary>Typography frames at 854x480 compared with reference PNGs (tolerance in <see cref="ReferenceImages"/>).</summary>
public class TypographyFrameTests
{
    private static readonly SceneSettings Settings = new(854, 480, 15);

    private static AnimLib.Rendering.FrameBuffer RenderFinal(Action<LambdaScene> body)
    {
        var scene = new LambdaScene(body);
        scene.Run(Settings, new NullOutput());
        return SceneRenderer.RenderSnapshot(scene.TakeSnapshot());
    }

    [Fact]
    public void TextStyles()
    {
        var frame = RenderFinal(s =>
        {
            var title = new AnimLib.Text("Multilayer Perceptron", fontSize: 72);
            var body = new AnimLib.Text("Facts about Michael Jordan\nstored in the MLP", alignment: TextAlignment.Left,
                t2c: new Dictionary<string, Color> { ["Michael Jordan"] = Yellow, ["MLP"] = Teal });
            var sans = new AnimLib.Text("DejaVu Sans Bold Italic", font: "DejaVu Sans", weight: FontWeight.Bold, slant: FontSlant.Italic, fontSize: 36);
            var group = new Group(title, body, sans).Arrange(Down, buff: 0.6);
            s.Add(group);
        });
        ReferenceImages.AssertMatches(frame, nameof(TypographyFrameTests));
    }
}
