namespace AnimLib.Scenes.BatchBackprop;

/// <summary>
/// The second variant of <see cref="BatchBackprop"/>: every matmul takes three steps (its yellow compute box appears
/// with the inputs it reads emphasised; the result is coloured; the box goes and freed activations are hidden).
/// </summary>
public class BatchBackpropDetailed : BatchBackprop
{
    /// <inheritdoc/>
    protected override bool Detailed => true;
}
