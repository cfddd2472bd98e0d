import numpy as np

# float32 degrees/rad2deg multiply by 180f/pi_f (57.295776), as NumPy's
# loop does; keypoint angles in float32 land on whole degrees.
rng = np.random.default_rng(3)
r = (rng.random(8).astype(np.float32) - 0.5) * 7
print(np.degrees(r).tolist(), np.rad2deg(r).tolist())
print(np.degrees(np.float32(np.arccos(0.5))), np.degrees(np.float32(np.pi / 4)))
ang = np.array([np.pi / 4, np.pi / 2, np.pi, -np.pi / 3], dtype=np.float32)
print(np.degrees(ang), np.degrees(ang).dtype, np.radians(np.degrees(ang)).tolist())
print(np.degrees(np.array([1.0, 0.5])).tolist(), np.rad2deg(np.float16(1.0)))
