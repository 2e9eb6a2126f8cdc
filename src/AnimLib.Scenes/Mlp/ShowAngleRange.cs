using static AnimLib.Anim;
using static AnimLib.Palette;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// A red and a green vector of length 3 whose angle, driven by a tracker, opens from 10° to 180° and closes back to
/// 95°, with the arc and the whole-degree label redrawn every frame.
/// </summary>
public sealed class ShowAngleRange : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        var angleTracker = new ValueTracker(10);
        var vectPair = AlwaysRedraw(() => VectorPair.GetVectorPair(angleTracker.GetValue(), length: 3, color1: Red, color2: Green));
        Add(vectPair);
        Play(angleTracker.Animate().SetValue(180), runTime: 8);
        Wait();
        Play(angleTracker.Animate().SetValue(95), runTime: 3);
        Wait();
    }
}
