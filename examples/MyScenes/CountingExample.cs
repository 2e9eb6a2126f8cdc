using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace MyScenes;

/// <summary>Numbers counting: an integer counts up, a decimal eases to a value, and a label tracks a moving number.</summary>
public sealed class CountingExample : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        var label = new Text("Parameters:", fontSize: 40);
        var count = new Integer(175000000000, fontSize: 40).SetColor(Yellow);
        var row = new VGroup(label, count).Arrange(Right).Shift(Up);
        Play(FadeIn(label), CountInFrom(count, 0), runTime: 2);

        var percent = new DecimalNumber(0, numDecimalPlaces: 1, unit: "%", fontSize: 60).Shift(Down);
        Play(FadeIn(percent));
        Play(ChangeDecimalToValue(percent, 99.9), runTime: 2);
        Play(percent.Animate().SetColor(Green).Scale(1.3));
        Wait();
        _ = row;
    }
}
