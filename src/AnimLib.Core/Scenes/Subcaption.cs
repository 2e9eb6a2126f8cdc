namespace AnimLib.Scenes;

/// <summary>A caption shown during part of the video, written to a <c>.srt</c> file beside it.</summary>
/// <param name="Text">The caption text.</param>
/// <param name="Start">Scene time in seconds at which it appears.</param>
/// <param name="End">Scene time in seconds at which it disappears.</param>
public sealed record Subcaption(string Text, double Start, double End);
