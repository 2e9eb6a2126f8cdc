using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// A number drawn as one glyph child per character ("+3.4" has four: "+", "3", ".", "4"), laid out left to right and
/// bottom-aligned. <see cref="SetValue"/> rebuilds the characters in place, keeping the <c>edgeToFix</c> side where it
/// was and the style of the first character, so numbers can change every frame.
/// </summary>
public class DecimalNumber : VGroup<VMobject>
{
    private static readonly Dictionary<(string Font, char C), Vector3[]> CharOutlines = new();
    private static readonly Lock CharGate = new();
    private double _naturalHeight;

    /// <summary>Creates the number.</summary>
    /// <param name="number">The value.</param>
    /// <param name="numDecimalPlaces">Digits after the point (0 truncates toward zero).</param>
    /// <param name="includeSign">Show "+" for positive values.</param>
    /// <param name="groupWithCommas">Thousands separators ("12,288").</param>
    /// <param name="fontSize">Size as for <see cref="Text"/> (48 default).</param>
    /// <param name="color">Fill colour (white by default).</param>
    /// <param name="edgeToFix">Which side stays put when the value changes (Left by default).</param>
    /// <param name="unit">Text appended after the number, e.g. "°".</param>
    public DecimalNumber(double number = 0, int numDecimalPlaces = 2, bool includeSign = false, bool groupWithCommas = true,
        double fontSize = Text.DefaultFontSize, Color? color = null, Vector3? edgeToFix = null, string? unit = null)
    {
        if (numDecimalPlaces < 0) throw new ArgumentOutOfRangeException(nameof(numDecimalPlaces), "Decimal places cannot be negative.");
        NumDecimalPlaces = numDecimalPlaces;
        IncludeSign = includeSign;
        GroupWithCommas = groupWithCommas;
        FontSize = fontSize;
        EdgeToFix = edgeToFix ?? Directions.Left;
        Unit = unit;
        FillColor = color ?? Palette.White;
        // The first character's style is what SetValue carries over; a plain glyph style in the number's colour to start.
        var style = new VMobject { FillColor = FillColor, FillOpacity = 1, StrokeColor = FillColor, StrokeWidth = 0, FillBorderWidth = 0.5 };
        Build(number, style);
        this.Center();
    }

    /// <summary>The current value.</summary>
    public double Value { get; private set; }

    /// <summary>Digits after the decimal point.</summary>
    public int NumDecimalPlaces { get; }

    /// <summary>Whether positive values show a "+".</summary>
    public bool IncludeSign { get; }

    /// <summary>Whether thousands are separated by commas.</summary>
    public bool GroupWithCommas { get; }

    /// <summary>The font size, kept in step with scaling so later values keep the size.</summary>
    public double FontSize { get; private set; }

    /// <summary>The side that stays fixed when the value changes.</summary>
    public Vector3 EdgeToFix { get; }

    /// <summary>Text shown after the number, if any.</summary>
    public string? Unit { get; }

    /// <summary>The string shown for the current value.</summary>
    public string DisplayedText { get; private set; } = "";

    /// <summary>The stored number (ManimGL's <c>get_value</c>).</summary>
    public virtual double GetValue() => Value;

    /// <summary>Shows <paramref name="value"/>: rebuilds the characters at the current size and keeps the fixed edge in place.</summary>
    public DecimalNumber SetValue(double value)
    {
        if (_naturalHeight > 1e-9 && GetHeight() > 1e-9) FontSize *= GetHeight() / _naturalHeight;
        var anchor = GetBoundingBoxPoint(EdgeToFix);
        var style = Submobjects.Count > 0 ? (VMobject)Submobjects[0] : new VMobject { FillColor = FillColor, FillOpacity = 1, StrokeWidth = 0 };
        ClearCore();
        Build(value, style);
        if (Submobjects.Count > 0) this.MoveTo(anchor, EdgeToFix);
        return this;
    }

    /// <summary>Adds <paramref name="delta"/> to the value.</summary>
    public DecimalNumber IncrementValue(double delta) => SetValue(Value + delta);

    private void Build(double value, VMobject style)
    {
        Value = value;
        DisplayedText = NumberFormatter.Format(value, NumDecimalPlaces, IncludeSign, GroupWithCommas) + (Unit ?? "");
        float scale = (float)(FontSize / Text.DefaultFontSize);
        float buff = (float)(0.001 * FontSize);
        float x = 0;
        var chars = new List<VMobject>(DisplayedText.Length);
        foreach (char c in DisplayedText)
        {
            var outline = CharOutline(c);
            var glyph = new VMobject { Points = outline.Select(p => p * scale).ToArray() };
            glyph.CopyStyleFrom(style);
            if (glyph.Points.Length > 0)
            {
                // Outlines are stored with their bottom-left at the origin: place the left edge at x, bottoms aligned.
                glyph.ShiftPoints(new Vector3(x, 0, 0));
                x += (float)glyph.GetWidth() + buff;
            }
            chars.Add(glyph);
        }
        for (int i = 0; i < chars.Count; i++)
        {
            char c = DisplayedText[i];
            if (c == NumberFormatter.Minus && i + 1 < chars.Count && chars[i + 1].Points.Length > 0)
            {
                // The minus sits at mid-height of the digit after it.
                var next = chars[i + 1];
                float top = (float)next.GetTop().Y;
                chars[i].ShiftPoints(new Vector3(0, top - (float)chars[i].GetTop().Y - (float)next.GetHeight() / 2, 0));
            }
            else if (c == ',')
            {
                chars[i].ShiftPoints(new Vector3(0, -(float)chars[i].GetHeight() / 2, 0));
            }
        }
        AddCore(chars);
        _naturalHeight = GetHeight();
    }

    // The outline of one character at the default font size, bottom-left at the origin; computed once per character.
    private static Vector3[] CharOutline(char c)
    {
        var key = (Text.DefaultFont, c);
        lock (CharGate)
        {
            if (CharOutlines.TryGetValue(key, out var cached)) return cached;
        }
        Vector3[] points;
        if (char.IsWhiteSpace(c))
        {
            points = [];
        }
        else
        {
            var text = new Text(c.ToString());
            points = text.Count == 0 ? [] : text[0].Points;
            if (points.Length > 0)
            {
                // Keep the baseline: the glyph's bottom sits on y = 0 for letters without descenders; commas hang below.
                var min = new Vector3(points.Min(p => p.X), points.Min(p => p.Y), 0);
                points = points.Select(p => p - min).ToArray();
            }
        }
        lock (CharGate) CharOutlines[key] = points;
        return points;
    }
}
