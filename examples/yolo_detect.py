"""YOLOv8-style object detection pre- and post-processing with OpenCV and
NumPy, around a model whose raw output was saved to a file:

1. letterbox the BGR image to 640x640 (resize keeping the aspect ratio,
   pad with grey 114), BGR -> RGB, HWC -> CHW, float32 in [0, 1], batch;
2. decode the (1, 4 + classes, anchors) output: transpose, best class per
   anchor, confidence threshold, cx/cy/w/h -> x1/y1/x2/y2, per-class NMS
   (class-offset boxes and the classic greedy loop), max_det, and boxes
   scaled back to the original image.

    taipan run examples/yolo_detect.py [IMAGE [RAW.npy]]
    python3 examples/yolo_detect.py [IMAGE [RAW.npy]]   # needs opencv-python; same output
    taipan map examples/yolo_detect.py:detect examples/data/yolo_street.jpg --threads 2

The bundled inputs come from examples/data/make_yolo_inputs.py.  The
printed image statistics are rounded so that JPEG decoding or resizing
that differs by a unit in some pixels prints the same text.
"""

import sys

import cv2
import numpy as np

HERE = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
RAW = HERE + "/data/yolo_raw_output.npy"
NAMES = ("person", "bicycle", "car", "motorcycle", "bus", "truck")
IMG_SIZE = 640
CONF_THRES = 0.25
IOU_THRES = 0.45
MAX_DET = 300
MAX_WH = 7680  # class offset for batched NMS: larger than any box


def letterbox(img, new_shape=(IMG_SIZE, IMG_SIZE), color=(114, 114, 114)):
    """Resizes `img` to fit `new_shape` (h, w) keeping its aspect ratio and
    pads the rest; returns the image, the ratio and the (left, top) padding."""
    h, w = img.shape[:2]
    r = min(new_shape[0] / h, new_shape[1] / w)
    new_unpad = (int(round(w * r)), int(round(h * r)))
    dw = (new_shape[1] - new_unpad[0]) / 2
    dh = (new_shape[0] - new_unpad[1]) / 2
    if (w, h) != new_unpad:
        img = cv2.resize(img, new_unpad, interpolation=cv2.INTER_LINEAR)
    top, bottom = int(round(dh - 0.1)), int(round(dh + 0.1))
    left, right = int(round(dw - 0.1)), int(round(dw + 0.1))
    img = cv2.copyMakeBorder(img, top, bottom, left, right, cv2.BORDER_CONSTANT, value=color)
    return img, r, (left, top)


def preprocess(path):
    """The network input for the image at `path`: (1, 3, 640, 640) float32,
    with the original (h, w), the ratio and the padding."""
    img = cv2.imread(path)
    if img is None:
        raise FileNotFoundError("cannot read image " + path)
    boxed, ratio, pad = letterbox(img)
    x = boxed[:, :, ::-1].transpose(2, 0, 1)  # BGR -> RGB, HWC -> CHW
    x = np.ascontiguousarray(x).astype(np.float32) / 255.0
    return x[None], img.shape[:2], ratio, pad


def xywh2xyxy(b):
    """Centre/size boxes (n, 4) -> corner boxes (n, 4)."""
    out = np.empty_like(b)
    out[:, 0] = b[:, 0] - b[:, 2] / 2
    out[:, 1] = b[:, 1] - b[:, 3] / 2
    out[:, 2] = b[:, 0] + b[:, 2] / 2
    out[:, 3] = b[:, 1] + b[:, 3] / 2
    return out


def nms(boxes, scores, iou_thres):
    """Greedy non-maximum suppression; the indices kept, best first."""
    x1, y1, x2, y2 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    areas = (x2 - x1) * (y2 - y1)
    order = scores.argsort()[::-1]
    keep = []
    while order.size > 0:
        i = order[0]
        keep.append(i)
        xx1 = np.maximum(x1[i], x1[order[1:]])
        yy1 = np.maximum(y1[i], y1[order[1:]])
        xx2 = np.minimum(x2[i], x2[order[1:]])
        yy2 = np.minimum(y2[i], y2[order[1:]])
        inter = np.maximum(0.0, xx2 - xx1) * np.maximum(0.0, yy2 - yy1)
        iou = inter / (areas[i] + areas[order[1:]] - inter)
        order = order[1:][iou <= iou_thres]
    return np.array(keep, dtype=np.int64)


def postprocess(raw, conf_thres=CONF_THRES, iou_thres=IOU_THRES, max_det=MAX_DET):
    """Detections (n, 6): x1, y1, x2, y2, score, class, in letterbox pixels."""
    pred = raw[0].astype(np.float32).T  # (anchors, 4 + classes)
    scores = pred[:, 4:]
    conf = scores.max(axis=1)
    cls = scores.argmax(axis=1)
    mask = conf > conf_thres
    boxes, conf, cls = xywh2xyxy(pred[mask, :4]), conf[mask], cls[mask]
    # Offsetting each class's boxes by its own amount makes one NMS pass per-class.
    keep = nms(boxes + (cls * MAX_WH)[:, None].astype(np.float32), conf, iou_thres)[:max_det]
    return np.concatenate([boxes[keep], conf[keep, None], cls[keep, None].astype(np.float32)], axis=1)


def scale_boxes(det, shape, ratio, pad):
    """Maps letterbox boxes back to the original image (h, w) and clips them."""
    det = det.copy()
    det[:, [0, 2]] = (det[:, [0, 2]] - pad[0]) / ratio
    det[:, [1, 3]] = (det[:, [1, 3]] - pad[1]) / ratio
    det[:, [0, 2]] = det[:, [0, 2]].clip(0, shape[1])
    det[:, [1, 3]] = det[:, [1, 3]].clip(0, shape[0])
    return det


def describe_input(x, ratio, pad):
    """Shape, dtype, letterbox parameters and rounded statistics of the input."""
    means = ", ".join("%.2f" % float(m) for m in x[0].mean(axis=(1, 2)))
    grey = float((np.abs(x[0] - 114 / 255.0) < 1e-6).all(axis=0).mean())
    return "input %s %s ratio=%.4f pad=%s mean=[%s] min=%.1f max=%.1f padded=%.2f" % (
        x.shape, x.dtype, ratio, pad, means, float(x.min()), float(x.max()), grey)


def format_detections(det):
    """One line per detection: class name, score and box to 2 decimals."""
    lines = []
    for x1, y1, x2, y2, score, c in det.tolist():
        lines.append("%-10s %.2f [%.2f, %.2f, %.2f, %.2f]" % (NAMES[int(c)], score, x1, y1, x2, y2))
    return lines


def detect(path, raw_path=RAW):
    """The detections in the image at `path`, as text (the function for `taipan map`)."""
    x, shape, ratio, pad = preprocess(path)
    raw = np.load(raw_path)  # stands in for the model run on x
    det = scale_boxes(postprocess(raw), shape, ratio, pad)
    head = "%s: %d detections" % (path.rsplit("/", 1)[-1], len(det))
    return "\n".join([head] + ["  " + line for line in format_detections(det)])


def main(path, raw_path):
    x, shape, ratio, pad = preprocess(path)
    print("image", path.rsplit("/", 1)[-1], "h=%d w=%d" % shape)
    print(describe_input(x, ratio, pad))
    raw = np.load(raw_path)  # stands in for the model run on x
    print("raw output", raw.shape, raw.dtype, "candidates above %.2f: %d" % (
        CONF_THRES, int((raw[0, 4:].max(axis=0) > CONF_THRES).sum())))
    det = postprocess(raw)
    print("after NMS", det.shape)
    for line in format_detections(scale_boxes(det, shape, ratio, pad)):
        print(" ", line)


if __name__ == "__main__":
    args = sys.argv[1:]
    main(args[0] if args else HERE + "/data/yolo_street.jpg", args[1] if len(args) > 1 else RAW)
