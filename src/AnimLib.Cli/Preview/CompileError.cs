using System.Text.Json.Serialization;

namespace AnimLib.Cli.Preview;

/// <summary>One compiler error, where it is and what it says.</summary>
/// <param name="File">The source file, relative to the project folder.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Id">The compiler's code, e.g. <c>CS1002</c>.</param>
/// <param name="Message">The compiler's message.</param>
public sealed record CompileError(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] int Column,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("message")] string Message)
{
    /// <summary><c>file(line,column): error ID: message</c>, as <c>dotnet build</c> writes it.</summary>
    public override string ToString() => $"{File}({Line},{Column}): error {Id}: {Message}";
}
