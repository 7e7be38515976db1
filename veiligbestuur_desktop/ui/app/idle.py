"""Auto-lock: an idle timer fed by an application-wide event filter, and the platform's sleep/lock signals."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import SLOT, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


DBUS_DELAY_MS = 1000  # the screensaver and sleep signals: a second after the unlock is soon enough


class IdleLocker(QObject):
    """Emits `lock_now` after `minutes` without keyboard or mouse input, or when the session sleeps/locks."""

    lock_now = Signal(str)  # reason: "idle", "suspend", "screensaver"

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.lock_now.emit("idle"))
        self.set_timeout_ms(minutes * 60_000)
        self.active = False
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._state_changed)  # type: ignore[attr-defined]
        # the activity filter is installed while the timer runs (an application-wide Python filter also costs
        # PySide a tenth of a second at its first events: not before the unlock dialog is on screen)
        self._filtering = False
        self._dbus_connected: bool | None = (
            None  # connected at the first start (not before the unlock dialog)
        )

    def set_timeout_ms(self, ms: int) -> None:
        self.timer.setInterval(max(ms, 50))
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        if (
            self._dbus_connected is None
        ):  # once, after the window is on screen (joining the buses takes a while)
            self._dbus_connected = False
            QTimer.singleShot(DBUS_DELAY_MS, self._join_buses)
        app = QGuiApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self.active = True
        self.timer.start()

    def _join_buses(self) -> None:
        self._dbus_connected = self._connect_session_signals()

    def stop(self) -> None:
        self.active = False
        self.timer.stop()
        app = QGuiApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and event.type() in _ACTIVITY:
            self.timer.start()
        return False

    @Slot(Qt.ApplicationState)
    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if self.active and state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_now.emit("suspend")

    def _connect_session_signals(self) -> bool:
        """Linux: the screensaver/lock screen (session bus) and going to sleep (logind, system bus)."""
        if not sys.platform.startswith("linux"):
            return False
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        ok = False
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            ok |= session.connect(
                "",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
                "ActiveChanged",
                self,
                SLOT("_screensaver(bool)"),  # type: ignore[call-overload]  # (the stubs lack the SLOT form)
            )
        system = QDBusConnection.systemBus()
        if system.isConnected():
            ok |= system.connect(
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                SLOT("_sleep(bool)"),  # type: ignore[call-overload]
            )
        return ok

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if self.active and active:
            self.lock_now.emit("screensaver")

    @Slot(bool)
    def _sleep(self, going: bool) -> None:
        if self.active and going:
            self.lock_now.emit("suspend")
