using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace MyScenes;

/// <summary>SVG import: an inline SVG (a star and a heart path) is parsed into vector paths, drawn, recoloured and morphed.</summary>
public sealed class SvgExample : Scene
{
    private const string Icons = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 220 100">
          <path d="M50 5 L61 38 L95 38 L68 59 L78 92 L50 72 L22 92 L32 59 L5 38 L39 38 Z" fill="#FFD700"/>
          <path d="M170 90 C120 60 115 25 145 15 C160 10 170 25 170 30 C170 25 180 10 195 15 C225 25 220 60 170 90 Z" fill="#FC6255"/>
        </svg>
        """;

    /// <inheritdoc/>
    protected override void Construct()
    {
        var icons = SvgMobject.FromString(Icons, height: 3);
        Play(DrawBorderThenFill(icons), runTime: 2);
        Play(icons.Animate().Arrange(Down, buff: 0.5).SetHeight(5));
        Play(icons[0].Animate().SetFill(Teal, 1).Rotate(Math.PI / 5));
        Play(Transform(icons[1], new Circle(radius: 1).SetFill(Purple, 0.8).MoveTo(icons[1])));
        Wait();
    }
}
