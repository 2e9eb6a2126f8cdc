using AnimLib.Core.Tests.Support;
using static AnimLib.Palette;

namespace AnimLib.Core.Tests.Scenes;

/// <summary>
/// Which mobject is painted on top (ManimGL's rule, docs/authoring.md "Draw order"): mobjects paint in the order they
/// joined the scene, an animation of a mobject not in the scene adds it (to the front), and a z-index overrides both.
/// The case of the MLP chapter's attention icon: a translucent block, an icon added over it, then the block faded through
/// a new group.
/// </summary>
public sealed class DrawOrderTests
{
    private static (byte R, byte G, byte B, byte A) Centre(Action<LambdaScene, Square, Dot> body)
    {
        var frame = LambdaScene.RenderFinalFrame(s =>
        {
            var block = new Square(4, Grey, fillOpacity: 0.8, strokeWidth: 0);
            var icon = new Dot(radius: 0.5, color: White);
            s.Add(block, icon);
            body(s, block, icon);
        }, 160, 90, 10);
        return frame.GetPixel(80, 45);
    }

    [Fact]
    public void WhatWasAddedLaterIsOnTop()
    {
        Assert.Equal((255, 255, 255), Rgb(Centre((_, _, _) => { })));
    }

    [Fact]
    public void AnimatingANewGroupOfTheBlockBringsItToTheFront()
    {
        // The group is not in the scene, so the play adds it, after the icon: the block (now at opacity 0.5) covers it.
        var (r, g, b) = Rgb(Centre((s, block, _) => s.Play(new Group(block).Animate().SetOpacity(0.5), runTime: 0.1)));
        Assert.InRange(r, 140, 220);
        Assert.Equal(r, g);
        Assert.Equal(r, b);
    }

    [Fact]
    public void AZIndexKeepsTheIconOnTop()
    {
        var centre = Centre((s, block, icon) =>
        {
            icon.SetZIndex(1);
            s.Play(new Group(block).Animate().SetOpacity(0.5), runTime: 0.1);
        });
        Assert.Equal((255, 255, 255), Rgb(centre));
    }

    [Fact]
    public void BringToFrontAfterThePlayPutsTheIconBackOnTop()
    {
        var centre = Centre((s, block, icon) =>
        {
            s.Play(new Group(block).Animate().SetOpacity(0.5), runTime: 0.1);
            s.BringToFront(icon);
        });
        Assert.Equal((255, 255, 255), Rgb(centre));
    }

    private static (int R, int G, int B) Rgb((byte R, byte G, byte B, byte A) p) => (p.R, p.G, p.B);
}
