using AnimLib.Core.Tests.Support;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Core.Tests.Mobjects;

public class BubbleTests
{
    [Fact]
    public void ThoughtBubbleCloudIsOneClosedScallopedPath()
    {
        var bubble = new ThoughtBubble(fillerShape: (6, 3));
        var body = (VGroup)bubble[0];
        Assert.Equal(4, body.Count);
        var cloud = body[^1];
        Assert.Same(bubble.Cloud, cloud);
        Assert.Single(cloud.GetSubpaths());
        Assert.True(cloud.IsClosed());
        // The filler (6x3) plus buff 0.1 is inside; bulges reach out by about one radius (0.35, up to 10 % more, minus overlap).
        Assert.InRange(cloud.GetWidth(), 6.2 + 0.4, 6.2 + 0.8);
        Assert.InRange(cloud.GetHeight(), 3.2 + 0.4, 3.2 + 0.8);
        // Three small circles below the cloud's left end, growing up-right.
        Assert.True(body[0].GetTop().Y < cloud.GetBottom().Y);
        Assert.True(body[0].GetX() < body[1].GetX() && body[1].GetX() < body[2].GetX());
        Assert.Equal(0.2, body[0].GetWidth(), 3);
        Assert.Equal(0.4, body[2].GetWidth(), 3);
        Assert.Equal(Black, cloud.FillColor);
        Assert.Equal(0.8, cloud.FillOpacity);
        Assert.Equal(White, cloud.StrokeColor);
        // The same seed gives the same cloud.
        Assert.Equal(cloud.Points, new ThoughtBubble(fillerShape: (6, 3)).Cloud.Points);
    }

    [Fact]
    public void SpeechBubblePinsAndHoldsContent()
    {
        var bubble = new SpeechBubble();
        var body = bubble.Body;
        Assert.Single(body.GetSubpaths());
        // Filler 2x1 + 2·0.25 buff; stem 0.75 below the box.
        Assert.Equal(2.5, body.GetWidth(), 3);
        Assert.Equal(1.5 + 0.75, body.GetHeight(), 3);
        TestShapes.AssertClose(body.GetCorner(DL), bubble.GetTip());
        var target = new Dot(Right * 3 + Down * 2);
        bubble.PinTo(target);
        TestShapes.AssertClose(target.GetCorner(UR), bubble.GetTip());
        var content = TestShapes.Box(10, 1);
        bubble.AddContent(content);
        Assert.Same(content, bubble.Content);
        Assert.Equal(2.5 - 1.0, content.GetWidth(), 3);
        TestShapes.AssertClose(bubble.GetBubbleCenter(), content.GetCenter());
        Assert.Equal(2, bubble.Count);

        var right = new SpeechBubble(direction: Right);
        TestShapes.AssertClose(right.Body.GetCorner(DR), right.GetTip());
        Assert.True(right.GetTip().X > right.Body.GetX());
    }

    [Fact]
    public void BubblesRender()
    {
        var scene = new LambdaScene(s =>
        {
            var thought = new ThoughtBubble(fillerShape: (3, 1.5)).Shift(Left * 3 + Up);
            var speech = new SpeechBubble(direction: Right).Shift(Right * 3 + Up);
            var cloud = new ThoughtBubble(fillerShape: (6, 1)).Cloud.SetFill(Grey, 1).SetStroke(White, 1).ToEdge(Down);
            s.Add(thought, speech, cloud);
        });
        scene.Run(new SceneSettings(854, 480, 15), new NullOutput());
        ReferenceImages.AssertMatches(SceneRenderer.RenderSnapshot(scene.TakeSnapshot()), nameof(BubbleTests));
    }
}
