namespace AnimLib.Mobjects;

/// <summary>
/// A range of numbers with a step, as ManimGL's <c>x_range</c> tuples: write <c>(-4, 4)</c> (step 1) or
/// <c>(0, 1, 0.25)</c> wherever an <see cref="AxisRange"/> is expected.
/// </summary>
/// <param name="Min">Smallest value.</param>
/// <param name="Max">Largest value.</param>
/// <param name="Step">Distance between ticks (and between grid lines).</param>
public readonly record struct AxisRange(double Min, double Max, double Step = 1)
{
    /// <summary>A range with step 1.</summary>
    public static implicit operator AxisRange((double Min, double Max) range) => new(range.Min, range.Max);

    /// <summary>A range with the given step.</summary>
    public static implicit operator AxisRange((double Min, double Max, double Step) range) => new(range.Min, range.Max, range.Step);

    /// <summary>Max − Min.</summary>
    public double Length => Max - Min;

    /// <summary>Min, Min + Step, … up to Max (inclusive, with a small tolerance).</summary>
    public IEnumerable<double> Values()
    {
        if (!(Step > 0)) throw new ArgumentOutOfRangeException(nameof(Step), Step, "An axis range needs a positive step.");
        for (int k = 0; ; k++)
        {
            double x = Min + k * Step;
            if (x > Max + 1e-9 * Math.Max(1, Math.Abs(Max))) yield break;
            yield return x;
        }
    }

    /// <summary>Throws when the range is empty or its step is not positive.</summary>
    internal AxisRange Validate(string what)
    {
        if (!(Max > Min)) throw new ArgumentException($"{what}: the range ({Min}, {Max}) is empty; Max must be greater than Min.");
        if (!(Step > 0)) throw new ArgumentException($"{what}: the step {Step} must be positive.");
        return this;
    }
}
