using System.Globalization;

namespace AnimLib.Geometry;

/// <summary>An sRGB colour with float channels in [0, 1]. Opacity is kept separately by mobjects.</summary>
/// <param name="R">Red.</param>
/// <param name="G">Green.</param>
/// <param name="B">Blue.</param>
public readonly record struct Color(float R, float G, float B)
{
    /// <summary>Parses <c>#RRGGBB</c>, <c>RRGGBB</c>, <c>#RGB</c>, or a palette name such as <c>BLUE_E</c> / <c>BlueE</c>.</summary>
    /// <exception cref="FormatException">The text is neither a hex colour nor a palette name.</exception>
    public static Color Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();
        if (Palette.TryGet(s, out var named)) return named;
        if (s.StartsWith('#')) s = s[1..];
        if (s.Length == 3) s = string.Concat(s.Select(c => new string(c, 2)));
        if (s.Length == 6 && int.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int rgb))
            return FromBytes((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
        throw new FormatException($"'{text}' is not a colour: use #RRGGBB hex or a palette name such as BLUE_E.");
    }

    /// <summary>Colour from 8-bit channels.</summary>
    public static Color FromBytes(byte r, byte g, byte b) => new(r / 255f, g / 255f, b / 255f);

    /// <summary>Lets a hex string or palette name stand where a colour is expected: <c>SetFill("#F5F5DC")</c>.</summary>
    public static implicit operator Color(string text) => Parse(text);

    /// <summary>Upper-case <c>#RRGGBB</c> form.</summary>
    public string ToHex() => $"#{ToByte(R):X2}{ToByte(G):X2}{ToByte(B):X2}";

    /// <inheritdoc/>
    public override string ToString() => ToHex();

    private static byte ToByte(float c) => (byte)Math.Clamp(MathF.Round(c * 255f), 0, 255);

    /// <summary>Plain per-channel linear interpolation (what Transform does to colours).</summary>
    public static Color Lerp(Color a, Color b, double t)
    {
        float s = (float)t;
        return new Color(a.R + (b.R - a.R) * s, a.G + (b.G - a.G) * s, a.B + (b.B - a.B) * s);
    }

    /// <summary>ManimGL's <c>interpolate_color</c>: interpolates the squares of the channels, then takes the root.</summary>
    public static Color Interpolate(Color a, Color b, double t)
    {
        static float Mix(float x, float y, double t) => (float)Math.Sqrt((1 - t) * x * x + t * y * y);
        return new Color(Mix(a.R, b.R, t), Mix(a.G, b.G, t), Mix(a.B, b.B, t));
    }

    /// <summary>Interpolates hue, saturation and lightness linearly (no shortest-arc hue handling).</summary>
    public static Color InterpolateHsl(Color a, Color b, double t)
    {
        var (h1, s1, l1) = a.ToHsl();
        var (h2, s2, l2) = b.ToHsl();
        return FromHsl(h1 + (h2 - h1) * t, s1 + (s2 - s1) * t, l1 + (l2 - l1) * t);
    }

    /// <summary>
    /// <paramref name="count"/> colours spread evenly along the gradient through <paramref name="stops"/>
    /// (squared-channel interpolation, as ManimGL's <c>color_gradient</c>).
    /// </summary>
    public static Color[] Gradient(IReadOnlyList<Color> stops, int count)
    {
        if (stops.Count == 0) throw new ArgumentException("A gradient needs at least one colour.", nameof(stops));
        var result = new Color[count];
        if (stops.Count == 1 || count == 1)
        {
            Array.Fill(result, stops[0]);
            return result;
        }
        for (int i = 0; i < count; i++)
        {
            double pos = (double)i / (count - 1) * (stops.Count - 1);
            int k = Math.Min((int)pos, stops.Count - 2);
            result[i] = Interpolate(stops[k], stops[k + 1], pos - k);
        }
        return result;
    }

    /// <summary>Hue in [0, 1), saturation and lightness in [0, 1]. Greys have hue 0 and saturation 0.</summary>
    public (double H, double S, double L) ToHsl()
    {
        double r = R, g = G, b = B;
        double max = Math.Max(r, Math.Max(g, b)), min = Math.Min(r, Math.Min(g, b));
        double l = (max + min) / 2;
        double d = max - min;
        if (d < 1e-9) return (0, 0, l);
        double s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
        double h = max == r ? (g - b) / d + (g < b ? 6 : 0)
                 : max == g ? (b - r) / d + 2
                 : (r - g) / d + 4;
        return (h / 6, s, l);
    }

    /// <summary>Colour from hue (any real, wrapped to [0, 1)), saturation and lightness.</summary>
    public static Color FromHsl(double h, double s, double l)
    {
        h -= Math.Floor(h);
        if (s <= 0) return new Color((float)l, (float)l, (float)l);
        double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
        double p = 2 * l - q;
        static double Channel(double p, double q, double t)
        {
            if (t < 0) t += 1;
            if (t > 1) t -= 1;
            if (t < 1.0 / 6) return p + (q - p) * 6 * t;
            if (t < 0.5) return q;
            if (t < 2.0 / 3) return p + (q - p) * (2.0 / 3 - t) * 6;
            return p;
        }
        return new Color((float)Channel(p, q, h + 1.0 / 3), (float)Channel(p, q, h), (float)Channel(p, q, h - 1.0 / 3));
    }

    /// <summary>Random colour in HSL ranges, as ManimGL's <c>random_bright_color</c>.</summary>
    public static Color RandomBright(Random random, (double, double)? hue = null, (double, double)? saturation = null, (double, double)? lightness = null)
    {
        var (h0, h1) = hue ?? (0, 1);
        var (s0, s1) = saturation ?? (0.5, 0.8);
        var (l0, l1) = lightness ?? (0.5, 1.0);
        return FromHsl(h0 + random.NextDouble() * (h1 - h0), s0 + random.NextDouble() * (s1 - s0), l0 + random.NextDouble() * (l1 - l0));
    }

    /// <summary>Interpolates toward white by <paramref name="amount"/> (0 = unchanged, 1 = white).</summary>
    public Color Lighter(double amount) => Lerp(this, new Color(1, 1, 1), amount);

    /// <summary>Interpolates toward black by <paramref name="amount"/>.</summary>
    public Color Darker(double amount) => Lerp(this, new Color(0, 0, 0), amount);
}
