using AnimLib.Core.Tests.Support;
using AnimLib.Rendering;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Core.Tests.Text;

/// <summary>Typography frames at 854x480 compared with reference PNGs (tolerance in <see cref="ReferenceImages"/>).</summary>
public class TypographyFrameTests
{
    private static FrameBuffer RenderFinal(Action<LambdaScene> body) => LambdaScene.RenderFinalFrame(body);

    [Fact]
    public void TextStyles()
    {
        var frame = RenderFinal(s =>
        {
            var title = new AnimLib.Mobjects.Text("Multilayer Perceptron", fontSize: 72);
            var body = new AnimLib.Mobjects.Text("Facts about Michael Jordan\nstored in the MLP", alignment: TextAlignment.Left,
                t2c: new Dictionary<string, Color> { ["Michael Jordan"] = Yellow, ["MLP"] = Teal });
            var sans = new AnimLib.Mobjects.Text("DejaVu Sans Bold Italic", font: "DejaVu Sans", weight: FontWeight.Bold, slant: FontSlant.Italic, fontSize: 36);
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

    [Fact]
    public void TexSelectionColoured()
    {
        var frame = RenderFinal(s =>
        {
            var tex = new Tex(@"(\vec{\textbf{M}} + \vec{\textbf{J}}) \cdot \vec{\textbf{E}}", fontSize: 96);
            tex[@"\vec{\textbf{E}}"].SetColor(Yellow);
            s.Add(tex);
        });
        ReferenceImages.AssertMatches(frame, nameof(TypographyFrameTests));
    }

    [Fact]
    public void TwoLineLeftAlignedParagraph()
    {
        var frame = RenderFinal(s =>
        {
            s.Add(new AnimLib.Mobjects.Text("Michael Jordan plays\nthe sport of basketball", alignment: TextAlignment.Left).ToEdge(Left));
        });
        ReferenceImages.AssertMatches(frame, nameof(TypographyFrameTests));
    }

    [Fact]
    public void MatchingStringsMidpoint()
    {
        var frame = RenderFinal(s =>
        {
            var source = new Tex(@"(\vec{\textbf{M}} + \vec{\textbf{J}}) \cdot \vec{\textbf{E}}", fontSize: 72).Shift(Up);
            var target = new Tex(@"\vec{\textbf{M}} \cdot \vec{\textbf{E}} + \vec{\textbf{J}} \cdot \vec{\textbf{E}}", fontSize: 72).Shift(Down);
            s.Add(source);
            var anim = new AnimLib.Animations.TransformMatchingStrings(source, target, pathArc: -45 * Constants.Degrees);
            foreach (var m in anim.GetMobjectsToAdd()) s.Add(m);
            anim.Begin();
            anim.Interpolate(0.5);
        });
        ReferenceImages.AssertMatches(frame, nameof(TypographyFrameTests));
    }

    [Fact]
    public void SvgEveryElementKind()
    {
        var frame = RenderFinal(s =>
        {
            var svg = SvgMobject.FromString("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 100">
                  <defs>
                    <path id="star" d="M10,0 L13,7 L20,7 L14,12 L16,20 L10,15 L4,20 L6,12 L0,7 L7,7 Z"/>
                    <symbol id="pair"><circle cx="5" cy="5" r="5"/><circle cx="20" cy="5" r="5"/></symbol>
                  </defs>
                  <rect x="0" y="0" width="40" height="25" fill="#58C4DD"/>
                  <rect x="50" y="0" width="40" height="25" rx="8" ry="8" fill="none" stroke="#FFFF00" stroke-width="3"/>
                  <circle cx="115" cy="12" r="12" fill="rgb(252,98,85)"/>
                  <ellipse cx="160" cy="12" rx="20" ry="10" style="fill:#83C167;fill-opacity:0.6"/>
                  <line x1="0" y1="40" x2="60" y2="60" stroke="white" stroke-width="4"/>
                  <polyline points="70,40 80,60 90,40 100,60" fill="none" stroke="#FF862F" stroke-width="3"/>
                  <polygon points="110,60 130,40 150,60" fill="#9A72AC"/>
                  <path d="M160,50 a15,10 0 1,0 30,0 q-15,-20 -30,0 z" fill="#E8C11C"/>
                  <g transform="translate(0 70) scale(1.2)" fill="#F7A1A3"><use xlink:href="#star"/><use xlink:href="#star" x="25"/></g>
                  <g transform="rotate(-10 100 85)"><use xlink:href="#pair" x="80" y="75" fill="#5CD0B3"/></g>
                  <path d="M140,90 C150,70 170,110 180,90 S200,80 200,95" fill="none" stroke="#C55F73" stroke-width="3"/>
                </svg>
                """, height: 6);
            s.Add(svg);
        });
        ReferenceImages.AssertMatches(frame, nameof(TypographyFrameTests));
    }
}
