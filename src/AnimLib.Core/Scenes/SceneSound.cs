namespace AnimLib.Scenes;

/// <summary>A sound file mixed into the rendered video, added with <see cref="Scene.AddSound"/>.</summary>
/// <param name="Path">Absolute path of the audio file (any format ffmpeg reads).</param>
/// <param name="StartTime">Scene time in seconds at which it starts playing.</param>
/// <param name="Gain">Volume change in decibels (0 = unchanged).</param>
public sealed record SceneSound(string Path, double StartTime, double Gain);
