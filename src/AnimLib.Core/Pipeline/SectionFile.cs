using System.Text.Json.Serialization;
using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>One entry of the sections index that <c>--save-sections</c> writes.</summary>
/// <param name="Name">Section name from <see cref="Scene.NextSection"/>.</param>
/// <param name="Index">Position among the scene's sections.</param>
/// <param name="Start">Start time in the full video, seconds.</param>
/// <param name="Duration">Length in seconds.</param>
/// <param name="Frames">Frame count.</param>
/// <param name="File">Video file name, relative to the index.</param>
public sealed record SectionFile(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("start")] double Start,
    [property: JsonPropertyName("duration")] double Duration,
    [property: JsonPropertyName("frames")] int Frames,
    [property: JsonPropertyName("file")] string File);
