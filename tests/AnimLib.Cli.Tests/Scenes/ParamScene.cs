using static AnimLib.Anim;

namespace AnimLib.Cli.Tests.Scenes;

/// <summary>Shapes a <see cref="ParamScene"/> parameter can name.</summary>
public enum ParamShape
{
    Square,
    Circle,
}

/// <summary>
/// Two segments of 5 frames at 10 fps: a white square fading in (the same for every parameter value), then a full-frame
/// rectangle of <see cref="Fill"/> fading in over it. <see cref="Title"/> goes only into the subtitles.
/// </summary>
public sealed class ParamScene : Scene
{
    [SceneParameter("Caption shown with the second animation (subtitles only).")]
    public string Title { get; set; } = "Hello";

    [SceneParameter("Colour that fills the frame at the end.")]
    public Color Fill { get; set; } = Palette.Blue;

    [SceneParameter("A whole number.")]
    public int Steps { get; set; } = 3;

    [SceneParameter("A choice.")]
    public ParamShape Shape { get; set; } = ParamShape.Circle;

    [SceneParameter("A list of numbers.")]
    public double[] Widths { get; set; } = [1.5, 2];

    [SceneParameter("Throw after the first animation.")]
    public bool Explode { get; set; }

    [SceneParameter]
    public string? Note { get; set; }

    protected override void Construct()
    {
        Play(FadeIn(new Square(2).SetFill(Palette.White, 1)), runTime: 0.5);
        if (Explode) throw new InvalidOperationException("exploded on purpose");
        AddSubcaption(Title, duration: 0.5);
        Play(FadeIn(new FullScreenRectangle(fillColor: Fill).SetStroke(Fill, 0)), runTime: 0.5);
    }
}
