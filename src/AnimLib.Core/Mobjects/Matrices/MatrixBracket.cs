using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>
/// One bracket of a matrix: "[" or "]" (a filled vertical bar with short serifs at both ends), "(" or ")" (a crescent
/// thickest at its middle) or "|", proportioned like LaTeX's extensible delimiters (thin relative to tall brackets,
/// sturdier for one-row ones).
/// </summary>
public class MatrixBracket : VMobject
{
    /// <summary>Creates a bracket of <paramref name="height"/> centred at the origin, opening right (left bracket) or left.</summary>
    /// <param name="height">Height from end to end.</param>
    /// <param name="isLeft">True for the left bracket, false for its mirror image on the right.</param>
    /// <param name="style">Square brackets, parentheses or bars.</param>
    public MatrixBracket(double height, bool isLeft, MatrixBracketStyle style = MatrixBracketStyle.Square)
    {
        IsLeft = isLeft;
        Style = style;
        float h = (float)height / 2;
        float bar = (float)(0.018 + 0.0045 * height);
        // Outlines of the left bracket traced counter-clockwise; the right one is the mirror image.
        Vector3[] corners = style switch
        {
            MatrixBracketStyle.Round => Parenthesis(h, bar),
            MatrixBracketStyle.Bar => [new(0, h, 0), new(0, -h, 0), new(bar, -h, 0), new(bar, h, 0), new(0, h, 0)],
            _ => SquareBracket(h, bar, (float)(0.07 + 0.025 * height)),
        };
        if (!isLeft) corners = corners.Select(p => new Vector3(-p.X, p.Y, p.Z)).Reverse().ToArray();
        SetPointsAsCorners(corners);
        this.Center();
        FillColor = Palette.White;
        FillOpacity = 1;
        StrokeWidth = 0;
    }

    /// <summary>True for the left bracket ("[", "(" or "|"), false for the right one.</summary>
    public bool IsLeft { get; }

    /// <summary>The bracket's shape.</summary>
    public MatrixBracketStyle Style { get; }

    private static Vector3[] SquareBracket(float h, float bar, float serif) =>
    [
        new(0, h, 0), new(0, -h, 0), new(serif, -h, 0), new(serif, -h + bar, 0),
        new(bar, -h + bar, 0), new(bar, h - bar, 0), new(serif, h - bar, 0), new(serif, h, 0), new(0, h, 0),
    ];

    // An elliptical arc from top to bottom bulging left, filled between an outer and an inner edge that meet nearly at
    // the ends: TeX's parentheses thin to a point at their tips and are about 2.2 bars thick in the middle.
    private static Vector3[] Parenthesis(float h, float bar)
    {
        const int Samples = 24;
        const double MaxAngle = 65 * Math.PI / 180;
        float depth = 0.06f + 0.09f * h;
        float middle = 2.2f * bar;
        var outer = new List<Vector3>();
        var inner = new List<Vector3>();
        for (int i = 0; i <= Samples; i++)
        {
            double theta = MaxAngle * (1 - 2.0 * i / Samples);
            float x = (float)(depth * (1 - Math.Cos(theta)) / (1 - Math.Cos(MaxAngle)));
            float y = (float)(h * Math.Sin(theta) / Math.Sin(MaxAngle));
            float thickness = middle * (float)(0.15 + 0.85 * Math.Cos(theta / MaxAngle * Math.PI / 2));
            outer.Add(new Vector3(x, y, 0));
            inner.Add(new Vector3(x + thickness, y, 0));
        }
        inner.Reverse();
        return [.. outer, .. inner, outer[0]];
    }
}
