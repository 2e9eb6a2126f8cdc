using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Writes a mobject: <see cref="DrawBorderThenFill"/> with a linear rate and parameters that grow with its length, as in
/// ManimGL: with n members that have points, run time is 1 s below 15 members and 2 s otherwise, and the lag ratio is
/// min(4 / (n + 1), 0.2).
/// </summary>
public class Write : DrawBorderThenFill
{
    /// <summary>Creates the animation; explicit <paramref name="runTime"/> and <paramref name="lagRatio"/> override the automatic ones.</summary>
    public Write(Mobject mobject, double? runTime = null, double? lagRatio = null, double strokeWidth = 2, Color? strokeColor = null)
        : base(mobject, strokeWidth, strokeColor)
    {
        int n = mobject.GetFamily().Count(m => m.HasPoints);
        RunTime = runTime ?? (n < 15 ? 1 : 2);
        LagRatio = lagRatio ?? Math.Min(4.0 / (n + 1), 0.2);
        RateFunc = RateFunctions.Linear;
    }
}
