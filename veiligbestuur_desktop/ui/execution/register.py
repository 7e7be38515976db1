"""The registers of steps 4 and 5 are the generic register as it is (ui/kit/area_register.py)."""

from veiligbestuur_desktop.ui.kit.area_register import AreaRegister, AreaTableModel

__all__ = ["AreaRegister", "AreaTableModel"]
