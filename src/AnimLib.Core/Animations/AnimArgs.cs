namespace AnimLib.Animations;

/// <summary>Animation parameters recorded on an <c>Animate()</c> builder with <c>SetAnimArgs</c>; null keeps the animation's default.</summary>
/// <param name="RunTime">Run time in seconds.</param>
/// <param name="RateFunc">Rate function.</param>
/// <param name="LagRatio">Lag ratio across the family.</param>
/// <param name="TimeSpan">Active window (start, end) in seconds within the play.</param>
/// <param name="PathArc">Arc angle (radians) points travel along.</param>
public sealed record AnimArgs(
    double? RunTime = null,
    Func<double, double>? RateFunc = null,
    double? LagRatio = null,
    (double Start, double End)? TimeSpan = null,
    double? PathArc = null);
