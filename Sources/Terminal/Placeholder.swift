import CNcursesW
import Screen
