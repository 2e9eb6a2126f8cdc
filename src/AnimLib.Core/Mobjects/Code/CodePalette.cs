using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A theme's editor colours.</summary>
/// <param name="Foreground">Text with no scope colour.</param>
/// <param name="Background">The editor's background (the panel behind the code).</param>
/// <param name="LineNumber">Line numbers.</param>
/// <param name="Cursor">The typing cursor.</param>
public sealed record CodePalette(Color Foreground, Color Background, Color LineNumber, Color Cursor);
