using System.Globalization;
using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>
/// Parses SVG path data (<c>d</c> attributes: M L H V C S Q T A Z, absolute and relative) into cubic Bezier points,
/// 4 per curve, in SVG user coordinates (y down). Quadratics are raised to cubics; elliptical arcs are converted
/// to cubic arcs of at most 90° each.
/// </summary>
internal sealed class SvgPathParser
{
    private readonly string _d;
    private int _pos;
    private readonly List<Vector3> _points = [];
    private Vector2 _current, _subpathStart, _lastControl;
    private char _lastCommand;

    private SvgPathParser(string d) => _d = d;

    /// <summary>Parses <paramref name="d"/>; throws <see cref="FormatException"/> naming the offending position.</summary>
    internal static List<Vector3> Parse(string d)
    {
        var parser = new SvgPathParser(d);
        parser.Run();
        return parser._points;
    }

    private void Run()
    {
        char command = '\0';
        while (true)
        {
            SkipSeparators();
            if (_pos >= _d.Length) break;
            char c = _d[_pos];
            if (char.IsLetter(c) && c != 'e' && c != 'E')
            {
                command = c;
                _pos++;
            }
            else if (command == '\0')
            {
                throw new FormatException($"SVG path data must start with a command letter, found '{c}' at {_pos} in \"{Excerpt()}\".");
            }
            Execute(command);
            // After a moveto, further coordinate pairs are implicit linetos.
            if (command == 'M') command = 'L';
            else if (command == 'm') command = 'l';
            if (command is 'Z' or 'z') command = '\0';
        }
    }

    private void Execute(char command)
    {
        bool rel = char.IsLower(command);
        Vector2 origin = rel ? _current : Vector2.Zero;
        switch (char.ToUpperInvariant(command))
        {
            case 'M':
                _current = _subpathStart = origin + ReadPoint();
                _lastControl = _current;
                break;
            case 'L':
                LineTo(origin + ReadPoint());
                break;
            case 'H':
                LineTo(new Vector2((rel ? _current.X : 0) + ReadNumber(), _current.Y));
                break;
            case 'V':
                LineTo(new Vector2(_current.X, (rel ? _current.Y : 0) + ReadNumber()));
                break;
            case 'C':
            {
                var c1 = origin + ReadPoint();
                var c2 = origin + ReadPoint();
                var end = origin + ReadPoint();
                CubicTo(c1, c2, end);
                break;
            }
            case 'S':
            {
                var c1 = char.ToUpperInvariant(_lastCommand) is 'C' or 'S' ? 2 * _current - _lastControl : _current;
                var c2 = origin + ReadPoint();
                var end = origin + ReadPoint();
                CubicTo(c1, c2, end);
                break;
            }
            case 'Q':
            {
                var q = origin + ReadPoint();
                var end = origin + ReadPoint();
                QuadTo(q, end);
                break;
            }
            case 'T':
            {
                var q = char.ToUpperInvariant(_lastCommand) is 'Q' or 'T' ? 2 * _current - _lastControl : _current;
                QuadTo(q, origin + ReadPoint());
                break;
            }
            case 'A':
            {
                float rx = ReadNumber(), ry = ReadNumber(), rotation = ReadNumber();
                bool large = ReadFlag(), sweep = ReadFlag();
                ArcTo(rx, ry, rotation, large, sweep, origin + ReadPoint());
                break;
            }
            case 'Z':
                if (Vector2.DistanceSquared(_current, _subpathStart) > 1e-12f) LineTo(_subpathStart);
                else if (_points.Count > 0) _points[^1] = new Vector3(_subpathStart, 0);
                _current = _subpathStart;
                break;
            default:
                throw new FormatException($"Unknown SVG path command '{command}' in \"{Excerpt()}\".");
        }
        _lastCommand = command;
        if (char.ToUpperInvariant(command) is not ('C' or 'S' or 'Q' or 'T')) _lastControl = _current;
    }

    private void LineTo(Vector2 p) => CubicTo(Vector2.Lerp(_current, p, 1f / 3), Vector2.Lerp(_current, p, 2f / 3), p, isLine: true);

    private void QuadTo(Vector2 q, Vector2 end)
    {
        CubicTo(_current + 2f / 3 * (q - _current), end + 2f / 3 * (q - end), end);
        _lastControl = q;
    }

    private void CubicTo(Vector2 c1, Vector2 c2, Vector2 end, bool isLine = false)
    {
        _points.Add(new Vector3(_current, 0));
        _points.Add(new Vector3(c1, 0));
        _points.Add(new Vector3(c2, 0));
        _points.Add(new Vector3(end, 0));
        if (!isLine) _lastControl = c2;
        _current = end;
    }

    private void ArcTo(float rx, float ry, float rotationDeg, bool large, bool sweep, Vector2 end)
    {
        // Endpoint to centre parameterization, SVG 1.1 implementation notes F.6.5.
        var start = _current;
        if (start == end) return;
        rx = Math.Abs(rx);
        ry = Math.Abs(ry);
        if (rx < 1e-9 || ry < 1e-9)
        {
            LineTo(end);
            return;
        }
        double phi = rotationDeg * Math.PI / 180, cos = Math.Cos(phi), sin = Math.Sin(phi);
        double dx = (start.X - end.X) / 2.0, dy = (start.Y - end.Y) / 2.0;
        double x1 = cos * dx + sin * dy, y1 = -sin * dx + cos * dy;
        double lambda = x1 * x1 / (rx * rx) + y1 * y1 / (ry * ry);
        double Rx = rx, Ry = ry;
        if (lambda > 1)
        {
            Rx *= Math.Sqrt(lambda);
            Ry *= Math.Sqrt(lambda);
        }
        double num = Rx * Rx * Ry * Ry - Rx * Rx * y1 * y1 - Ry * Ry * x1 * x1;
        double den = Rx * Rx * y1 * y1 + Ry * Ry * x1 * x1;
        double coef = Math.Sqrt(Math.Max(0, num / den)) * (large == sweep ? -1 : 1);
        double cx1 = coef * Rx * y1 / Ry, cy1 = -coef * Ry * x1 / Rx;
        double cx = cos * cx1 - sin * cy1 + (start.X + end.X) / 2.0, cy = sin * cx1 + cos * cy1 + (start.Y + end.Y) / 2.0;
        double theta1 = Math.Atan2((y1 - cy1) / Ry, (x1 - cx1) / Rx);
        double theta2 = Math.Atan2((-y1 - cy1) / Ry, (-x1 - cx1) / Rx);
        double delta = theta2 - theta1;
        if (sweep && delta < 0) delta += 2 * Math.PI;
        if (!sweep && delta > 0) delta -= 2 * Math.PI;
        int pieces = Math.Max(1, (int)Math.Ceiling(Math.Abs(delta) / (Math.PI / 2) - 1e-9));
        double step = delta / pieces, k = 4.0 / 3 * Math.Tan(step / 4);
        Vector2 Point(double t) => new((float)(cx + Rx * Math.Cos(t) * cos - Ry * Math.Sin(t) * sin),
            (float)(cy + Rx * Math.Cos(t) * sin + Ry * Math.Sin(t) * cos));
        Vector2 Tangent(double t) => new((float)(-Rx * Math.Sin(t) * cos - Ry * Math.Cos(t) * sin),
            (float)(-Rx * Math.Sin(t) * sin + Ry * Math.Cos(t) * cos));
        for (int i = 0; i < pieces; i++)
        {
            double a = theta1 + i * step, b = a + step;
            var p0 = Point(a);
            var p3 = i == pieces - 1 ? end : Point(b);
            CubicTo(p0 + (float)k * Tangent(a), p3 - (float)k * Tangent(b), p3);
        }
    }

    private Vector2 ReadPoint() => new(ReadNumber(), ReadNumber());

    private bool ReadFlag()
    {
        SkipSeparators();
        if (_pos < _d.Length && _d[_pos] is '0' or '1') return _d[_pos++] == '1';
        throw new FormatException($"Expected an arc flag (0 or 1) at {_pos} in \"{Excerpt()}\".");
    }

    private float ReadNumber()
    {
        SkipSeparators();
        int start = _pos;
        if (_pos < _d.Length && _d[_pos] is '+' or '-') _pos++;
        bool dot = false, exp = false;
        while (_pos < _d.Length)
        {
            char c = _d[_pos];
            if (char.IsDigit(c)) _pos++;
            else if (c == '.' && !dot && !exp) { dot = true; _pos++; }
            else if (c is 'e' or 'E' && !exp)
            {
                exp = true;
                _pos++;
                if (_pos < _d.Length && _d[_pos] is '+' or '-') _pos++;
            }
            else break;
        }
        if (start == _pos || !float.TryParse(_d.AsSpan(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture, out float v))
            throw new FormatException($"Expected a number at {start} in SVG path data \"{Excerpt()}\".");
        return v;
    }

    private void SkipSeparators()
    {
        while (_pos < _d.Length && (char.IsWhiteSpace(_d[_pos]) || _d[_pos] == ',')) _pos++;
    }

    private string Excerpt() => _d.Length > 60 ? _d[..60] + "…" : _d;
}
