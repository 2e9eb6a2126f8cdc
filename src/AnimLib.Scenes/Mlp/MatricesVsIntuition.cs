using static AnimLib.Directions;

namespace AnimLib.Scenes.Mlp;

/// <summary>A 15×15 weight matrix at the left edge: the "matrices full of learned parameters" side of the comparison.</summary>
public sealed class MatricesVsIntuition : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        // Add matrix
        var matrix = new WeightMatrix(shape: (15, 15), random: Random);
        matrix.SetHeight(4);
        matrix.ToEdge(Left);
        // The seed builds two captions here ("Matrices filled with parameters learned during gradient descent" and
        // "Motivating examples which risk being oversimplifications of what true models do") but never shows them.
        Add(matrix);
        // The seed ends without playing anything; a one-second hold makes the still a video.
        Wait(1);
    }
}
