namespace AnimLib.Scenes.Mlp;

/// <summary>
/// Rolls every entry of a <see cref="WeightMatrix"/> to a new random value in its range, recolouring as the digits change
/// (1 s by default).
/// </summary>
public class RandomizeMatrixEntries : Animation
{
    private readonly WeightMatrix _matrix;
    private readonly IReadOnlyList<DecimalNumber> _entries;
    private readonly double[] _targets;
    private double[] _starts = [];

    /// <summary>Creates the animation; target values are drawn now from <paramref name="random"/>.</summary>
    public RandomizeMatrixEntries(WeightMatrix matrix, Random random) : base(matrix)
    {
        _matrix = matrix;
        _entries = matrix.GetDecimalEntries();
        var (min, max) = matrix.ValueRange;
        _targets = _entries.Select(_ => min + (max - min) * random.NextDouble()).ToArray();
    }

    /// <inheritdoc/>
    public override void Begin()
    {
        _starts = _entries.Select(e => e.Value).ToArray();
        base.Begin();
    }

    /// <inheritdoc/>
    protected override Mobject CreateStartingMobject() => Mobject;

    /// <inheritdoc/>
    public override IEnumerable<Mobject> GetAllMobjects() => [Mobject];

    /// <inheritdoc/>
    protected override void InterpolateMobject(double alpha)
    {
        for (int i = 0; i < _entries.Count; i++)
        {
            double a = GetSubAlpha(alpha, i, _entries.Count);
            _entries[i].SetValue(_starts[i] + (_targets[i] - _starts[i]) * a);
        }
        _matrix.ResetEntryColors();
    }
}
