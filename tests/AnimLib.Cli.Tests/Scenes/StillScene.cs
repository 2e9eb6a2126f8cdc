namespace AnimLib.Cli.Tests.Scenes;

/// <summary>Adds a square and never plays or waits: a still, with no frame for a video.</summary>
public sealed class StillScene : Scene
{
    protected override void Construct() => Add(new Square(2).SetFill(Palette.Green, 1));
}
