using static AnimLib.Anim;

namespace AnimLib.Bench.Scenes;

/// <summary>Write <c>W_\uparrow \vec{E}_i + \vec{B}_\uparrow = \sum_{j} w_{ij} e_j + b_i</c> over 2 s, wait 1 s. 3 s of video.</summary>
public sealed class TexBench : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        var tex = new Tex(@"W_\uparrow \vec{E}_i + \vec{B}_\uparrow = \sum_{j} w_{ij} e_j + b_i");
        Play(Write(tex), runTime: 2);
        Wait(1);
    }
}
