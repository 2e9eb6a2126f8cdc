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

    [Fact]
    public void TexFormulas()
    {
        var frame = RenderFinal(s =>
        {
            var eq = new Tex(@"W_\uparrow \vec{E}_i + \vec{B}_\uparrow = \sum_{j} w_{ij} e_j + b_i",
                t2c: new Dictionary<string, Color> { [@"\vec{E}_i"] = Blue, ["b_i"] = Yellow });
            var frac = new Tex(@"\text{ReLU}(x) = \frac{x + |x|}{2}", fontSize: 36);
            var text = new TexText(@"An \emph{active} neuron when $x > 0$");
            var svg = SvgMobject.FromString("""
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50">
                  <rect x="0" y="0" width="40" height="30" rx="5" fill="#58C4DD"/>
                  <circle cx="70" cy="25" r="20" fill="none" stroke="#FFFF00" stroke-width="2"/>
                  <g transform="translate(50 40) rotate(45)"><path d="M0 0 L10 0 A5 5 0 0 1 0 10 Z" fill="red"/></g>
                </svg>
                """, height: 1.2);
            s.Add(new Group(eq, frac, text, svg).Arrange(Down, buff: 0.5));
        });
        ReferenceImages.AssertMatches(frame, nameof(TypographyFrameTests));
    }
}
