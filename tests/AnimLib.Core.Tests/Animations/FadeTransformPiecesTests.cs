using AnimLib.Core.Tests.Support;
using static AnimLib.Anim;

namespace AnimLib.Core.Tests.Animations;

public class FadeTransformPiecesTests
{
    [Fact]
    public void MoreSourcePiecesThanTargetPiecesLeaveOnlyTheTarget()
    {
        var source = new VGroup(new Square(), new Circle(), new Triangle());
        var target = new VGroup(new Square().Shift(Directions.Right * 3));
        var scene = new LambdaScene(s => s.Play(FadeTransformPieces(source, target)));
        scene.Run(new SceneSettings(160, 90, 6), new NullOutput());
        var drawn = scene.Mobjects.SelectMany(m => m.GetFamily()).Where(m => m.HasPoints).ToList();
        Assert.Single(drawn);
        Assert.Same(target[0], drawn[0]);
    }
}
