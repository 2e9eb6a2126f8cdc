namespace AnimLib.Cli.Tests.Preview;

/// <summary>Scene sources the preview tests compile, with the parts an edit changes as parameters.</summary>
public static class PreviewScenes
{
    /// <summary>
    /// Three animations, each on its own shape that leaves the scene afterwards, so an edit to one shape's colour changes
    /// that animation's frames only; a second section starts at the third animation.
    /// </summary>
    public static string Three(string middleColour = "Blue", string extra = "") => $$"""
        using static AnimLib.Anim;
        using static AnimLib.Palette;

        namespace PreviewScenes;

        public sealed class ThreeShapes : Scene
        {
            protected override void Construct()
            {
                var a = new Square(sideLength: 6).SetFill(Red, 1);
                Play(FadeIn(a), runTime: 0.5);
                Remove(a);
                var b = new Square(sideLength: 6).SetFill({{middleColour}}, 1);
                Play(FadeIn(b), runTime: 0.5);
                Remove(b);
                NextSection("second");
                var c = new Square(sideLength: 6).SetFill(Green, 1);
                Play(FadeIn(c), runTime: 0.5);
                Wait(0.5);{{extra}}
            }
        }
        """;

    /// <summary>A scene that throws in its second animation.</summary>
    public const string Throwing = """
        using static AnimLib.Anim;

        namespace PreviewScenes;

        public sealed class ThreeShapes : Scene
        {
            protected override void Construct()
            {
                Wait(0.2);
                var s = new Square();
                Play(FadeIn(s), runTime: 0.2);
                throw new InvalidOperationException("the scene broke on purpose");
            }
        }
        """;
}
