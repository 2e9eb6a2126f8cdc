using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>
/// One square bracket of a matrix, "[" or "]": a filled vertical bar with short serifs at both ends, proportioned
/// like LaTeX's extensible brackets (thin relative to tall brackets, sturdier for one-row ones).
/// </summary>
public class MatrixBracket : VMobject
{
    /// <summary>Creates a bracket of <paramref name="height"/> centred at the origin, opening right (left bracket) or left.</summary>
    public MatrixBracket(double height, bool isLeft)
    {
        IsLeft = isLeft;
        float h = (float)height / 2;
        float bar = (float)(0.018 + 0.0045 * height);
        float serif = (float)(0.07 + 0.025 * height);
        // Outline of "[" traced counter-clockwise; "]" is its mirror image.
        Vector3[] corners =
        [
            new(0, h, 0), new(0, -h, 0), new(serif, -h, 0), new(serif, -h + bar, 0),
            new(bar, -h + bar, 0), new(bar, h - bar, 0), new(serif, h - bar, 0), new(serif, h, 0), new(0, h, 0),
        ];
        if (!isLeft) corners = corners.Select(p => new Vector3(-p.X, p.Y, p.Z)).Reverse().ToArray();
        SetPointsAsCorners(corners);
        this.Center();
        FillColor = Palette.White;
        FillOpacity = 1;
        StrokeWidth = 0;
    }

    /// <summary>True for "[", false for "]".</summary>
    public bool IsLeft { get; }
}
