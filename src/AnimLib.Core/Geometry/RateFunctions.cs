namespace AnimLib.Geometry;

/// <summary>
/// Rate functions map an animation's linear progress t in [0, 1] to the eased progress it shows
/// (ManimGL's definitions). Pass them as <c>rateFunc: RateFunctions.Linear</c>.
/// </summary>
public static class RateFunctions
{
    /// <summary>t.</summary>
    public static double Linear(double t) => t;

    /// <summary>Quintic smoothstep 6t⁵ − 15t⁴ + 10t³: zero first and second derivatives at both ends. The default.</summary>
    public static double Smooth(double t)
    {
        double s = 1 - t;
        return t * t * t * (10 * s * s + 5 * s * t + t * t);
    }

    /// <summary>Starts slowly, ends at full speed: the first half of <see cref="Smooth"/>, rescaled.</summary>
    public static double RushInto(double t) => 2 * Smooth(0.5 * t);

    /// <summary>Starts at full speed, ends slowly: the second half of <see cref="Smooth"/>, rescaled.</summary>
    public static double RushFrom(double t) => 2 * Smooth(0.5 * (t + 1)) - 1;

    /// <summary>Quarter-circle ease out.</summary>
    public static double SlowInto(double t) => Math.Sqrt(1 - (1 - t) * (1 - t));

    /// <summary>Smooth to the midpoint, then smooth again to the end.</summary>
    public static double DoubleSmooth(double t) => t < 0.5 ? 0.5 * Smooth(2 * t) : 0.5 * (1 + Smooth(2 * t - 1));

    /// <summary>Goes 0 → 1 → 0 smoothly (peaks at t = 0.5).</summary>
    public static double ThereAndBack(double t) => t < 0.5 ? Smooth(2 * t) : Smooth(2 - 2 * t);

    /// <summary>Goes 0 → 1, holds for <paramref name="pauseRatio"/> of the time, then returns to 0.</summary>
    public static double ThereAndBackWithPause(double t, double pauseRatio = 1.0 / 3)
    {
        double a = 2.0 / (1.0 - pauseRatio);
        if (t < 0.5 - pauseRatio / 2) return Smooth(a * t);
        if (t < 0.5 + pauseRatio / 2) return 1;
        return Smooth(a - a * t);
    }

    /// <summary>Shakes <paramref name="wiggles"/> half-periods, enveloped by <see cref="ThereAndBack"/>; ends at 0.</summary>
    public static double Wiggle(double t, double wiggles = 2) => ThereAndBack(t) * Math.Sin(wiggles * Math.PI * t);

    /// <summary>Linear for the first 80 % of the time, then holds at 1.</summary>
    public static double Lingering(double t) => Squish(Linear, 0, 0.8)(t);

    /// <summary>Pulls back by <paramref name="pullFactor"/> before moving forward.</summary>
    public static double RunningStart(double t, double pullFactor = -0.5) =>
        BezierScalar([0, 0, pullFactor, pullFactor, 1, 1, 1], t);

    /// <summary>Overshoots past 1 and settles back.</summary>
    public static double Overshoot(double t, double pullFactor = 1.5) =>
        BezierScalar([0, 0, pullFactor, pullFactor, 1, 1], t);

    /// <summary>Approaches 1 exponentially with the given half life (never quite reaches it).</summary>
    public static double ExponentialDecay(double t, double halfLife = 0.1) => 1 - Math.Exp(-t / halfLife);

    /// <summary>Compresses <paramref name="func"/> into [<paramref name="a"/>, <paramref name="b"/>]: constant func(0) before, func(1) after.</summary>
    public static Func<double, double> Squish(Func<double, double> func, double a = 0.4, double b = 0.6) => t =>
    {
        if (Math.Abs(b - a) < 1e-12) return a;
        if (t < a) return func(0);
        if (t > b) return func(1);
        return func((t - a) / (b - a));
    };

    /// <summary><paramref name="func"/> scaled so it only reaches <paramref name="proportion"/> of the way.</summary>
    public static Func<double, double> NotQuiteThere(Func<double, double> func, double proportion = 0.7) => t => proportion * func(t);

    /// <summary>Wiggle with a chosen count, as a rate function value: <c>rateFunc: RateFunctions.WiggleWith(9)</c>.</summary>
    public static Func<double, double> WiggleWith(double wiggles) => t => Wiggle(t, wiggles);

    private static double BezierScalar(double[] controls, double t)
    {
        // Bernstein form of a scalar Bezier of any degree.
        int n = controls.Length - 1;
        double result = 0, binom = 1;
        for (int k = 0; k <= n; k++)
        {
            result += binom * Math.Pow(1 - t, n - k) * Math.Pow(t, k) * controls[k];
            binom = binom * (n - k) / (k + 1);
        }
        return result;
    }
}
