#:project ../src/AnimLib.Core/AnimLib.Core.csproj
#:property PublishAot=false
// A one-file AnimLib app: `dotnet run examples/hello.cs` renders media/hello.mp4 at 480p.
using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

var result = SceneRenderer.RenderVideo(new Hello(), new SceneSettings(854, 480, 15), "media/hello.mp4");
Console.WriteLine($"Wrote {result.OutputPath}: {result.Frames} frames in {result.WallTime.TotalSeconds:0.0} s");

sealed class Hello : Scene
{
    protected override void Construct()
    {
        var circle = new Circle(radius: 1.5).SetFill(Teal, 0.5);
        var arrow = new Arrow(Left * 3, Right * 3).NextTo(circle, Down);
        Play(ShowCreation(circle), FadeIn(arrow, shift: Up));
        Play(circle.Animate().Scale(0.5).Shift(Up * 2), runTime: 1.5);
        Play(FadeOut(new VGroup(circle, arrow), shift: Down));
    }
}
