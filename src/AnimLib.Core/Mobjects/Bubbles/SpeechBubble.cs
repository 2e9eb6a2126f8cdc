using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// A speech bubble: a rounded box around the content (plus <c>buff</c>) with a triangular stem hanging from its bottom
/// edge (between <c>stemTopXProps</c> of the width, reaching <c>stemHeightToBubbleHeight</c>·height below the box's lower
/// corner on the tail side). One closed path, subdivided so it transforms smoothly.
/// </summary>
public class SpeechBubble : Bubble
{
    private readonly double _buff, _stemHeightRatio;
    private readonly (double Low, double High) _stemTopXProps;

    /// <summary>Creates a speech bubble.</summary>
    public SpeechBubble(VMobject? content = null, double buff = Constants.MedSmallBuff, (double Width, double Height)? fillerShape = null,
        double stemHeightToBubbleHeight = 0.5, (double Low, double High)? stemTopXProps = null, Vector3? direction = null, bool addContent = true,
        Color? fillColor = null, double fillOpacity = 0.8, Color? strokeColor = null, double strokeWidth = 3.0)
        : base(content, fillerShape ?? (2, 1), direction, addContent, fillColor, fillOpacity, strokeColor, strokeWidth)
    {
        _buff = buff;
        _stemHeightRatio = stemHeightToBubbleHeight;
        _stemTopXProps = stemTopXProps ?? (0.2, 0.3);
        if (!(_stemTopXProps.Low < _stemTopXProps.High) || _stemTopXProps.Low < 0 || _stemTopXProps.High > 1)
            throw new ArgumentException($"Stem proportions must satisfy 0 <= low < high <= 1; got {_stemTopXProps}.", nameof(stemTopXProps));
        Build();
    }

    /// <inheritdoc/>
    protected override VMobject CreateBody(VMobject content, Vector3 direction)
    {
        var (min, _, max) = content.GetBoundingBox();
        float left = min.X - (float)_buff, right = max.X + (float)_buff, bottom = min.Y - (float)_buff, top = max.Y + (float)_buff;
        float width = right - left, height = top - bottom;
        float r = 0.25f * Math.Min(width, height);
        float xLow = Math.Max(left + r, left + (float)_stemTopXProps.Low * width);
        float xHigh = Math.Max(xLow + 1e-3f, left + (float)_stemTopXProps.High * width);
        var tip = new Vector3(left, bottom - (float)_stemHeightRatio * height, 0);
        var body = new VMobject();
        body.StartNewPath(new Vector3(xHigh, bottom, 0));
        body.AddLineTo(new Vector3(right - r, bottom, 0));
        AddCorner(body, new Vector3(right - r, bottom + r, 0), r, -Math.PI / 2);
        body.AddLineTo(new Vector3(right, top - r, 0));
        AddCorner(body, new Vector3(right - r, top - r, 0), r, 0);
        body.AddLineTo(new Vector3(left + r, top, 0));
        AddCorner(body, new Vector3(left + r, top - r, 0), r, Math.PI / 2);
        body.AddLineTo(new Vector3(left, bottom + r, 0));
        AddCorner(body, new Vector3(left + r, bottom + r, 0), r, Math.PI);
        body.AddLineTo(new Vector3(xLow, bottom, 0));
        body.AddLineTo(tip);
        body.AddLineTo(new Vector3(xHigh, bottom, 0));
        body.InsertNCurves(20);
        if (direction.X > 0) body.Stretch(-1, 0, aboutPoint: new Vector3((left + right) / 2, 0, 0));
        return body;
    }

    private static void AddCorner(VMobject path, Vector3 center, float radius, double startAngle)
    {
        var arc = Bezier.Arc(startAngle, Math.PI / 2, 1);
        path.AddCubicBezierCurveTo(center + arc[1] * radius, center + arc[2] * radius, center + arc[3] * radius);
    }
}
