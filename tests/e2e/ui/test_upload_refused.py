"""The app has no upload control, so Gradio's built-in upload endpoint refuses every file."""

import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.e2e


def test_the_upload_endpoint_refuses_a_large_file(server):
    boundary = "hostileboundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\"\r\n"
            f"Content-Type: text/plain\r\n\r\n").encode() + b"x" * (2 * 2**20) + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(server["url"] + "gradio_api/upload", data=body, method="POST",
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=60)
    assert refused.value.code == 413
