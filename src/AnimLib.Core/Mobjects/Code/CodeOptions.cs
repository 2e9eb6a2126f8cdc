using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>How a <see cref="Code"/> is set; kept so that <see cref="Code.SetSource"/> sets new text the same way.</summary>
internal sealed record CodeOptions(string Language, string Theme, double FontSize, string Font, bool LineNumbers, bool Background,
    int TabSize, int FirstLineNumber, double LineSpacing, double CornerRadius, double Padding, Color? BackgroundColor);
