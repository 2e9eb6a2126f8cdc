using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// The path a moving point leaves behind (Manim CE's <c>TracedPath</c>, ManimGL's <c>TracedPath</c>/<c>TracingTail</c>):
/// an updater samples <c>tracedPointFunc</c> every frame and the path runs straight through the samples. Add it to the
/// scene so its updater runs. With <c>dissipatingTime</c> only the samples of the last that many seconds are kept, and the
/// stroke tapers to nothing at the old end, so the trail fades out behind the point.
/// </summary>
/// <example>
/// <code>
/// var trail = new TracedPath(() => bob.GetCenter(), strokeColor: Yellow, dissipatingTime: 1.5);
/// Add(trail);
/// </code>
/// </example>
public class TracedPath : VMobject
{
    private List<(Vector3 Point, double Time)> _samples = [];
    private double _fullWidth;

    /// <summary>Creates the path and takes its first sample now.</summary>
    /// <param name="tracedPointFunc">The point to follow, read once a frame.</param>
    /// <param name="strokeWidth">Stroke width (2).</param>
    /// <param name="strokeColor">Stroke colour (WHITE).</param>
    /// <param name="dissipatingTime">Seconds a sample stays on the path; null keeps the whole path.</param>
    /// <param name="minDistanceToNewPoint">A sample closer than this to the previous one is not added, so a resting point adds no degenerate segments.</param>
    /// <param name="taper">Whether a dissipating path narrows to width 0 at its old end (true).</param>
    /// <exception cref="ArgumentOutOfRangeException">A dissipating time that is not positive.</exception>
    public TracedPath(Func<Vector3> tracedPointFunc, double strokeWidth = 2, Color? strokeColor = null, double? dissipatingTime = null,
        double minDistanceToNewPoint = 1e-3, bool taper = true)
    {
        ArgumentNullException.ThrowIfNull(tracedPointFunc);
        if (dissipatingTime is double d && !(d > 0))
            throw new ArgumentOutOfRangeException(nameof(dissipatingTime), dissipatingTime, "The dissipating time must be positive (or null to keep the whole path).");
        TracedPointFunc = tracedPointFunc;
        DissipatingTime = dissipatingTime;
        MinDistanceToNewPoint = minDistanceToNewPoint;
        Taper = taper;
        StrokeColor = FillColor = strokeColor ?? Palette.White;
        StrokeWidth = _fullWidth = strokeWidth;
        FillOpacity = 0;
        // The updater is called with whichever copy runs it, so a copy traces on its own.
        this.AddUpdater((TracedPath m, double dt) => m.UpdatePath(dt));
    }

    /// <summary>The point being traced.</summary>
    public Func<Vector3> TracedPointFunc { get; }

    /// <summary>Seconds a sample stays on the path, or null for the whole path.</summary>
    public double? DissipatingTime { get; }

    /// <summary>Smallest distance between consecutive samples.</summary>
    public double MinDistanceToNewPoint { get; }

    /// <summary>Whether a dissipating path narrows to nothing at its old end.</summary>
    public bool Taper { get; }

    /// <summary>Seconds of scene time this path has traced.</summary>
    public double Time { get; private set; }

    /// <summary>The samples on the path, oldest first.</summary>
    public IReadOnlyList<Vector3> TracedPoints => _samples.ConvertAll(s => s.Point);

    /// <summary>
    /// Advances the path by <paramref name="dt"/> seconds: samples the point (unless it has not moved), drops samples older
    /// than <see cref="DissipatingTime"/> and rebuilds the polyline. The updater calls this every frame.
    /// </summary>
    public TracedPath UpdatePath(double dt)
    {
        Time += dt;
        var point = TracedPointFunc();
        if (_samples.Count == 0 || Vector3.Distance(point, _samples[^1].Point) >= MinDistanceToNewPoint)
            _samples.Add((point, Time));
        else
            _samples[^1] = (_samples[^1].Point, Time);
        if (DissipatingTime is double keep)
        {
            // The newest sample stays even when the point rests, so the path shrinks to it rather than vanishing mid-frame.
            int old = _samples.FindIndex(s => s.Time >= Time - keep);
            if (old > 0) _samples.RemoveRange(0, Math.Min(old, _samples.Count - 1));
        }
        Rebuild();
        return this;
    }

    /// <summary>Forgets every sample; the next update starts a new path at the point.</summary>
    public TracedPath ClearTrace()
    {
        _samples.Clear();
        ClearPoints();
        return this;
    }

    private void Rebuild()
    {
        if (_samples.Count < 2)
        {
            ClearPoints();
            return;
        }
        SetPointsAsCorners(_samples.Select(s => s.Point));
        StrokeWidths = DissipatingTime is double keep && Taper ? TaperWidths(keep) : null;
    }

    /// <summary>One width per anchor: 0 for a sample about to drop out, the full width for the newest.</summary>
    private double[] TaperWidths(double keep)
    {
        var widths = new double[_samples.Count];
        for (int k = 0; k < widths.Length; k++)
            widths[k] = _fullWidth * Math.Clamp(1 - (Time - _samples[k].Time) / keep, 0, 1);
        return widths;
    }

    /// <inheritdoc/>
    protected override void CopyOwnedFields()
    {
        base.CopyOwnedFields();
        _samples = [.. _samples];
    }
}
