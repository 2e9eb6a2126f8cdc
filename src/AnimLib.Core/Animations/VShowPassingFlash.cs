using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// A bright pulse running along the stroke: each vector member's stroke widths (tapered to 0 within <c>taperWidth</c> of
/// both ends) are multiplied by a Gaussian of standard deviation <c>timeWidth</c>/6 centred at
/// μ = lerp(−timeWidth/2, 1 + timeWidth/2, alpha) along the path, cut to 0 beyond 3σ. The mobject is removed at the end
/// with its style restored.
/// </summary>
/// <remarks>
/// Widths are per anchor, so a straight line needs many curves for a visible pulse: call <c>InsertNCurves</c> first
/// (FlashAround does).
/// </remarks>
public class VShowPassingFlash : Animation
{
    private readonly Dictionary<Mobject, double[]> _baseWidths = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates the animation.</summary>
    /// <param name="mobject">The path (or group of paths).</param>
    /// <param name="timeWidth">Width of the pulse (6σ) as a fraction of the path.</param>
    /// <param name="taperWidth">Fraction of the path at each end over which the stroke tapers to 0.</param>
    public VShowPassingFlash(Mobject mobject, double timeWidth = 0.3, double taperWidth = 0.05) : base(mobject)
    {
        TimeWidth = timeWidth;
        TaperWidth = taperWidth;
        Remover = true;
        Introducer = true;
    }

    /// <summary>Width of the pulse (6σ) as a fraction of the path.</summary>
    public double TimeWidth { get; }

    /// <summary>Fraction of the path at each end over which the stroke tapers to 0.</summary>
    public double TaperWidth { get; }

    /// <summary>Stroke width factor at path parameter <paramref name="x"/> ∈ [0, 1] before the pulse is applied.</summary>
    public double Taper(double x)
    {
        if (TaperWidth <= 0) return 1;
        if (x < TaperWidth) return x / TaperWidth;
        if (x > 1 - TaperWidth) return (1 - x) / TaperWidth;
        return 1;
    }

    /// <inheritdoc/>
    public override void Begin()
    {
        _baseWidths.Clear();
        foreach (var m in Mobject.GetFamily())
        {
            if (m is not VMobject v || v.CurveCount == 0) continue;
            int n = v.CurveCount + 1;
            var widths = v.GetStrokeWidthsResampled(n);
            for (int i = 0; i < n; i++) widths[i] *= Taper((double)i / (n - 1));
            _baseWidths[v] = widths;
        }
        base.Begin();
    }

    /// <inheritdoc/>
    protected override void InterpolateSubmobject(Mobject[] members, double subAlpha)
    {
        if (members[0] is not VMobject v || !_baseWidths.TryGetValue(v, out var widths)) return;
        double tw = TimeWidth;
        double sigma = tw / 6;
        double mu = VectorMath.Lerp(-tw / 2, 1 + tw / 2, subAlpha);
        int n = widths.Length;
        var result = new double[n];
        for (int i = 0; i < n; i++)
        {
            double x = (double)i / (n - 1);
            if (Math.Abs(x - mu) > 3 * sigma) continue;
            double z = (x - mu) / sigma;
            result[i] = widths[i] * Math.Exp(-0.5 * z * z);
        }
        v.StrokeWidths = result;
    }

    /// <summary>Shows the end state, then gives every member its original stroke back.</summary>
    public override void Finish()
    {
        base.Finish();
        foreach (var members in GetAllFamiliesZipped())
        {
            if (members[0] is VMobject v && members[1] is VMobject start)
            {
                v.StrokeWidth = start.StrokeWidth;
                v.StrokeWidths = (double[]?)start.StrokeWidths?.Clone();
            }
        }
    }
}
