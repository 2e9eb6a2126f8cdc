using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// One token of a <see cref="Code"/>: a run of non-space characters that the grammar gave one scope, with its colour.
/// </summary>
/// <param name="Text">The characters (never empty, never containing white space).</param>
/// <param name="Line">Line index, 0-based (the displayed line number is <c>Line + firstLineNumber</c>).</param>
/// <param name="Column">Column of the first character, 0-based, tabs expanded.</param>
/// <param name="Offset">Index of the first character in <see cref="Code.Source"/>.</param>
/// <param name="Scope">The innermost TextMate scope, such as <c>keyword.control.flow.return.cs</c>.</param>
/// <param name="Color">The theme's foreground colour for the token's scopes.</param>
public sealed record CodeToken(string Text, int Line, int Column, int Offset, string Scope, Color Color);
