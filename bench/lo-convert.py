# bench/pdf's client of a LibreOffice kept running (soffice --accept=pipe,...): converts each .docx
# given to PDF in that one process and prints the milliseconds the conversions took, so the bench can
# set them and the process's CPU time against the hub's per letter. Run with the python3 that has
# LibreOffice's UNO bridge (Debian: /usr/bin/python3 with python3-uno).
# Usage: lo-convert.py PIPE-NAME OUT-DIR FILE.docx...
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
ctx = None
for _ in range(300):  # the listener may still be starting
    try:
        ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % sys.argv[1])
        break
    except Exception:
        time.sleep(0.1)
if ctx is None:
    sys.exit("LibreOffice is not listening on pipe " + sys.argv[1])
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
t0 = time.perf_counter()
for f in sys.argv[3:]:
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(f), "_blank", 0, (prop("Hidden", True),))
    target = "%s/%s.pdf" % (sys.argv[2], f.rsplit("/", 1)[-1])
    doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "writer_pdf_Export"),))
    doc.close(True)
print("%.3f" % ((time.perf_counter() - t0) * 1000))
