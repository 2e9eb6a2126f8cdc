using static AnimLib.Anim;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// The MLP icon on its own: a 6-12-6 network written in over five seconds, then pulses of light flowing along every
/// connection from left to right.
/// </summary>
public sealed class MLPIcon : LastTwoChapters
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        // Add network
        var network = GetMlpIcon(new Square(6), layerBuff: 3.0, layer0Size: 6);
        Play(Write(network, strokeWidth: 0.5, lagRatio: 1e-2, runTime: 5));
        Wait();

        // Propagate through
        var thickLayers = new VGroup(network[1].FamilyMembersWithPoints().Cast<VMobject>()).Copy();
        foreach (var line in thickLayers)
        {
            // As in the seed, the width is twice the line's bounding-box width in scene units (about 6 for a level line).
            line.SetStroke(width: 2 * line.GetWidth());
            line.InsertNCurves(20);
        }
        Play(LaggedStartMap(m => VShowPassingFlash(m, timeWidth: 1.5), thickLayers, lagRatio: 5e-3, runTime: 3));
        Wait();
    }
}
